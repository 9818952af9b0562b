"""``invokeai-client auth …``: logins on a multi-user server (InvokeAI 6.14)."""

from __future__ import annotations

import os
import sys

import click

from ._root import cli, emit_json, open_client, server_options


@cli.group()
def auth() -> None:
    """Logins on a multi-user server (InvokeAI 6.14)."""


@auth.command("status")
@server_options
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
def auth_status(url: str | None, token: str | None, timeout: float, as_json: bool) -> None:
    """Whether the server is multi-user, and whether it still needs its first administrator."""
    status = open_client(url, token, timeout).auth.status()
    if as_json:
        emit_json(status.model_dump())
        return
    mode = "multi-user" if status.multiuser_enabled else "single-user"
    setup = "; no administrator yet (invokeai-client auth setup)" if status.setup_required else ""
    click.echo(f"{mode}{setup}")


def _password(given: str | None) -> str:
    if given:
        return given
    from_env = os.environ.get("INVOKEAI_PASSWORD")
    if from_env:
        return from_env
    if not sys.stdin.isatty():
        raise click.UsageError("give the password in $INVOKEAI_PASSWORD (there is no terminal to ask on)")
    return str(click.prompt("Password", hide_input=True, err=True))


@auth.command("login")
@click.option("--email", required=True, help="The account's email address.")
@click.option("--password", default=None, help="Default: $INVOKEAI_PASSWORD, else asked (hidden).")
@click.option("--remember-me", is_flag=True, help="A token valid for a week instead of a day.")
@server_options
def auth_login(
    email: str, password: str | None, remember_me: bool, url: str | None, token: str | None, timeout: float
) -> None:
    """Log in; prints the token to use as --token or $INVOKEAI_TOKEN (the CLI keeps nothing)."""
    login = open_client(url, token, timeout).auth.login(email, _password(password), remember_me=remember_me)
    click.echo(login.token)
    click.echo(f"logged in as {login.user.email} for {login.expires_in // 3600} h", err=True)


@auth.command("setup")
@click.option("--email", required=True, help="The first administrator's email address.")
@click.option("--password", default=None, help="Default: $INVOKEAI_PASSWORD, else asked (hidden).")
@click.option("--name", "display_name", default=None, help="A display name.")
@server_options
def auth_setup(
    email: str,
    password: str | None,
    display_name: str | None,
    url: str | None,
    token: str | None,
    timeout: float,
) -> None:
    """Create the first administrator of a new multi-user server."""
    user = open_client(url, token, timeout).auth.setup(email, _password(password), display_name=display_name)
    click.echo(f"administrator {user.email} created ({user.user_id})")


@auth.command("me")
@server_options
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
def auth_me(url: str | None, token: str | None, timeout: float, as_json: bool) -> None:
    """The user the token belongs to."""
    user = open_client(url, token, timeout).auth.me()
    if as_json:
        emit_json(user.model_dump())
    else:
        click.echo(f"{user.email}\t{user.display_name or ''}\t{'admin' if user.is_admin else 'user'}")
