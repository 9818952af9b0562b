"""The SDK's own progress bar (no rich): one line redrawn in place on a terminal, a bounded log elsewhere."""

from __future__ import annotations

import io

from invokeai_client._progress_bar import WIDTH, TextBar, make_bar


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_off_a_terminal_a_bar_writes_a_line_per_tenth_and_the_final_state() -> None:
    out = io.StringIO()
    bar = make_bar(stream=out)
    assert isinstance(bar, TextBar)
    for step in range(1001):
        bar.show(step, 1000, f"step {step}")
    bar.close()
    lines = out.getvalue().splitlines()
    assert len(lines) == 11  # 0%, 10% … 100%: a log of a long wait stays short
    assert lines[0].startswith("[" + "-" * WIDTH + "]   0% 0:00:00 step 0")
    assert lines[-1].startswith("[" + "#" * WIDTH + "] 100% ")
    assert lines[-1].endswith(" step 1000")


def test_the_last_state_is_written_at_close_when_it_fell_inside_a_written_tenth() -> None:
    out = io.StringIO()
    bar = make_bar(stream=out)
    bar.show(1, 10, "first")
    bar.show(1, 10, "then this")
    bar.close()
    assert [line.split()[-1] for line in out.getvalue().splitlines()] == ["first", "this"]


def test_on_a_terminal_the_bar_is_redrawn_in_place() -> None:
    out = Terminal()
    bar = make_bar(stream=out)
    bar.show(1, 4, "a long description of the first item")
    bar.show(2, 4, "short")
    assert "\n" not in out.getvalue()
    assert out.getvalue().count("\r") == 2
    second = out.getvalue().split("\r")[-1]
    assert second.rstrip().endswith("short")
    assert len(second) >= len(out.getvalue().split("\r")[1])  # padded over the longer line drawn before
    bar.close()
    assert out.getvalue().endswith("\n")

    gone = Terminal()
    transient = make_bar(stream=gone, transient=True)
    transient.show(1, 2, "x")
    transient.close()
    assert gone.getvalue().endswith("\r")
    assert "\n" not in gone.getvalue()


def test_bytes_show_the_amount_of_the_total_and_an_unknown_total_no_percentage() -> None:
    out = io.StringIO()
    bar = make_bar("bytes", stream=out)
    bar.show(1_500_000, 45_000_000, "downloading")
    bar.close()
    assert "1.5 MB/45.0 MB " in out.getvalue()
    assert " MB/s " in out.getvalue() or " GB/s " in out.getvalue()

    unknown = io.StringIO()
    pulse = make_bar(stream=unknown)
    pulse.show(3, None, "waiting")
    pulse.close()
    assert unknown.getvalue().startswith("[" + "-" * WIDTH + "]    ? ")


def test_a_bar_draws_nothing_until_shown() -> None:
    out = io.StringIO()
    make_bar(stream=out).close()
    assert out.getvalue() == ""
