"""``invokeai-client models …``: list, install (and follow), delete models; install jobs; Hugging Face login."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from ._root import cli, confirm, emit_json, open_client, quiet, server_options, yes_option

if TYPE_CHECKING:
    from ..installs import InstallProgressBar
    from ..types.models import InstallJob, Model


@cli.group()
def models() -> None:
    """Models: list, install, delete; install jobs; Hugging Face login."""


def _row(model: Model) -> str:
    return f"{model.key}\t{model.name}\t{model.base}/{model.type}/{model.format or '-'}"


def _job_row(job: InstallJob) -> str:
    done = f"{job.bytes}/{job.total_bytes} B" if job.total_bytes else "-"
    error = f"\t{job.error_reason}: {job.error}" if job.status == "error" else ""
    return f"{job.id}\t{job.status}\t{done}\t{job.source.location}{error}"


@models.command("list")
@server_options
@click.option(
    "--base", "bases", multiple=True, metavar="BASE", help="Only this base, e.g. sd-1 (repeatable)."
)
@click.option("--type", "type_", metavar="TYPE", help="Only this type, e.g. lora.")
@click.option("--format", "format_", metavar="FORMAT", help="Only this format, e.g. diffusers.")
@click.option("--name", metavar="NAME", help="Only models with exactly this name.")
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
def models_list(
    url: str | None,
    token: str | None,
    timeout: float,
    bases: tuple[str, ...],
    type_: str | None,
    format_: str | None,
    name: str | None,
    as_json: bool,
) -> None:
    """List the installed models: key, name, base/type/format."""
    found = open_client(url, token, timeout).models.list(
        base=list(bases) or None, type=type_, format=format_, name=name
    )
    if as_json:
        emit_json([model.model_dump() for model in found])
        return
    for model in found:
        click.echo(_row(model))


def _source(text: str) -> str | Path:
    """A path that exists here is sent absolute (for a server on this machine); anything else as given."""
    return Path(text) if Path(text).exists() else text


@models.command("install")
@click.argument("source")
@server_options
@click.option("--wait", "wait_", is_flag=True, help="Wait for the install to finish (progress on stderr).")
@click.option("--wait-timeout", type=float, default=3600.0, show_default=True, help="Seconds to wait.")
@click.option("--inplace", is_flag=True, help="Register a local model where it is (do not move it).")
@click.option("--name", help="The model's name (default: what the server finds).")
@click.option("--description", help="The model's description.")
@click.option("--access-token", envvar="INVOKEAI_MODEL_ACCESS_TOKEN", help="Token for the URL or HF repo.")
@click.option("--json", "as_json", is_flag=True, help="Print JSON (the model, or the job without --wait).")
def models_install(
    source: str,
    url: str | None,
    token: str | None,
    timeout: float,
    wait_: bool,
    wait_timeout: float,
    inplace: bool,
    name: str | None,
    description: str | None,
    access_token: str | None,
    as_json: bool,
) -> None:
    """Install a model from SOURCE: a path on the server, a Hugging Face repo id or a URL.

    An already installed model (same source) is reported, not installed twice.
    """
    config: dict[str, Any] = {}
    if name is not None:
        config["name"] = name
    if description is not None:
        config["description"] = description
    handle = open_client(url, token, timeout).models.install(
        _source(source),
        config=config,
        access_token=access_token,
        inplace=inplace,
        wait="events" if wait_ else "poll",  # without --wait nobody listens
    )
    with handle:
        if not wait_ and not handle.already_installed:
            job = handle.job
            assert job is not None
            if as_json:
                emit_json(job.model_dump())
            else:
                click.echo(f"install job {job.id}: {job.status} ({handle.source})")
            return
        bar = (
            _progress_bar() if sys.stderr.isatty() and not handle.already_installed and not quiet() else False
        )
        model = handle.wait(timeout=wait_timeout, progress=bar)
    if as_json:
        emit_json(model.model_dump())
        return
    state = "already installed" if handle.already_installed else "installed"
    click.echo(f"{state}: {_row(model)}")


@models.command("delete")
@click.argument("key")
@server_options
@yes_option
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
def models_delete(
    key: str, url: str | None, token: str | None, timeout: float, yes: bool, as_json: bool
) -> None:
    """Delete the model KEY (and its files, when they are in the server's models folder)."""
    confirm(yes, f"Delete the model {key!r} (and its files, if the server manages them)?", "delete a model")
    open_client(url, token, timeout).models.delete(key)
    if as_json:
        emit_json({"deleted": key})
    else:
        click.echo(f"deleted {key}")


@models.command("jobs")
@server_options
@click.option("--prune", is_flag=True, help="Forget the jobs that have ended, first.")
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
def models_jobs(url: str | None, token: str | None, timeout: float, prune: bool, as_json: bool) -> None:
    """List the server's install jobs: id, status, bytes, source (and the error of a failed one)."""
    client = open_client(url, token, timeout)
    if prune:
        client.models.prune_jobs()
    jobs = client.models.list_jobs()
    if as_json:
        emit_json([job.model_dump() for job in jobs])
        return
    for job in jobs:
        click.echo(_job_row(job))


@models.command("hf-login")
@server_options
@click.option(
    "--hf-token",
    envvar="HF_TOKEN",
    prompt="Hugging Face token",
    hide_input=True,
    help="The token (or $HF_TOKEN; asked for when missing).",
)
def models_hf_login(url: str | None, token: str | None, timeout: float, hf_token: str) -> None:
    """Give the server a Hugging Face token; prints the status after (valid, invalid, unknown)."""
    status = open_client(url, token, timeout).models.hf_login(hf_token)
    click.echo(status)
    if status != "valid":
        raise click.ClickException(f"the server did not accept the token (status: {status})")


@models.command("hf-logout")
@server_options
def models_hf_logout(url: str | None, token: str | None, timeout: float) -> None:
    """Remove the server's Hugging Face token; prints the status after."""
    click.echo(open_client(url, token, timeout).models.hf_logout())


@models.command("hf-status")
@server_options
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
def models_hf_status(url: str | None, token: str | None, timeout: float, as_json: bool) -> None:
    """Print whether the server holds a valid Hugging Face token: valid, invalid or unknown."""
    status = open_client(url, token, timeout).models.hf_status()
    if as_json:
        emit_json({"status": status})
    else:
        click.echo(status)


def _progress_bar() -> InstallProgressBar:
    from ..installs import InstallProgressBar  # here: the command line starts without the install machinery

    return InstallProgressBar()
