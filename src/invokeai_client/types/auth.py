"""Types of ``client.auth``: users and logins of a multi-user InvokeAI server (6.14)."""

from __future__ import annotations

from ._base import APIModel


class SetupStatus(APIModel):
    """Whether the server runs in multi-user mode, and whether its first administrator is still to be made."""

    multiuser_enabled: bool
    setup_required: bool
    strict_password_checking: bool
    admin_email: str | None = None


class User(APIModel):
    """A user account (``UserDTO``). On a single-user server every request acts as the ``system`` user."""

    user_id: str
    email: str
    display_name: str | None = None
    is_admin: bool = False
    is_active: bool = True
    created_at: str
    updated_at: str
    last_login_at: str | None = None
    token_epoch: int = 0  # grows when the password changes: tokens minted before it stop working


class Login(APIModel):
    """A successful login: the bearer token (the client now sends it), its lifetime and the user."""

    token: str
    expires_in: int  # seconds: a day, or a week with remember_me
    user: User

    def __repr__(self) -> str:  # the token is a credential: never in a repr or a log
        return f"Login(user={self.user.email!r}, expires_in={self.expires_in})"

    __str__ = __repr__
