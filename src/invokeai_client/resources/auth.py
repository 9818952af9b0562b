"""``client.auth``: logins and users of a multi-user InvokeAI server (6.14; ``multiuser: true`` in its config).

A login's token is kept by the client (and its ``with_options`` copies) and sent with every later request
and Socket.IO connection, unless the client was given a ``token=`` of its own; the server's newer token
(``X-Refreshed-Token``) replaces it as it comes. It is never logged or shown in a repr. On a single-user
server every request already acts as an administrator: only `status` is useful there.
"""

from __future__ import annotations

import builtins

from .._flows import Flow
from .._redact import remember as remember_secret
from ..types.auth import Login, SetupStatus, User
from ._api import Json, call, call_as, call_no_result
from ._base import AsyncResource, Operations, SyncResource, operation
from ._endpoints import (
    create_user,
    delete_user,
    get_current_user_info,
    get_setup_status,
    list_users,
    login,
    logout,
    setup_admin,
    update_current_user,
)


class _Auth(Operations):
    """Logins and users (InvokeAI 6.14; 6.8 has none of these methods)."""

    _resource = "auth"
    _requires = (get_setup_status,)

    @operation
    def status(self) -> Flow[SetupStatus]:
        """Whether the server is in multi-user mode and still needs its first administrator (no login)."""
        return call(get_setup_status(), SetupStatus)

    @operation
    def setup(self, email: str, password: str, *, display_name: str | None = None) -> Flow[User]:
        """Create the first administrator of a new multi-user server (once; no login needed).

        Raises:
            BadRequestError: the server has its administrator already, or the password is refused.
            UnprocessableEntityError: the email address is not valid (the server's reason in ``issues``).
        """
        body = Json({"email": email, "password": password, "display_name": display_name})
        return self._setup(body)

    def _setup(self, body: Json) -> Flow[User]:
        answer = yield from call_as(setup_admin(body=body), dict[str, object])
        return User.model_validate(answer["user"])

    @operation
    def login(self, email: str, password: str, *, remember_me: bool = False) -> Flow[Login]:
        """Log in: later requests and event connections of this client carry the token (a day, or a week
        with ``remember_me``).

        Raises:
            AuthenticationError: wrong email or password (401).
            PermissionDeniedError: the account is disabled (403), or the server is single-user.
        """
        return self._login(Json({"email": email, "password": password, "remember_me": remember_me}))

    def _login(self, body: Json) -> Flow[Login]:
        result = yield from call(login(body=body), Login)
        remember_secret(result.token)
        self._state.login_token = result.token
        return result

    @operation
    def logout(self) -> Flow[None]:
        """Log out: the client forgets its login token (the server keeps no session to end)."""
        return self._logout()

    def _logout(self) -> Flow[None]:
        try:
            yield from call_no_result(logout())
        finally:
            self._state.login_token = None

    @property
    def logged_in(self) -> bool:
        """Whether the client holds a login token."""
        return self._state.login_token is not None

    @operation
    def me(self) -> Flow[User]:
        """The logged-in user.

        Raises:
            AuthenticationError: no login, or the token expired.
        """
        return call(get_current_user_info(), User)

    @operation
    def update_me(
        self,
        *,
        display_name: str | None = None,
        current_password: str | None = None,
        new_password: str | None = None,
    ) -> Flow[User]:
        """Change the logged-in user's name or password (a password change needs ``current_password``;
        the client then holds the new token the server issues, the only one still valid)."""
        changes = {
            "display_name": display_name,
            "current_password": current_password,
            "new_password": new_password,
        }
        body = Json({key: value for key, value in changes.items() if value is not None})
        return call(update_current_user(body=body), User)

    # -- administrators ------------------------------------------------------------------------

    @operation
    def list_users(self) -> Flow[builtins.list[User]]:
        """Every user (administrators only)."""
        return call_as(list_users(), builtins.list[User])

    @operation
    def create_user(
        self, email: str, password: str, *, display_name: str | None = None, is_admin: bool = False
    ) -> Flow[User]:
        """Add a user (administrators only)."""
        body = Json(
            {"email": email, "password": password, "display_name": display_name, "is_admin": is_admin}
        )
        return call(create_user(body=body), User)

    @operation
    def delete_user(self, user_id: str) -> Flow[None]:
        """Remove a user (administrators only); the ``system`` user and the last administrator stay."""
        return call_no_result(delete_user(user_id))


class AuthResource(SyncResource, _Auth):
    __doc__ = _Auth.__doc__


class AsyncAuthResource(AsyncResource, _Auth):
    __doc__ = _Auth.__doc__
