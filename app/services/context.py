"""Who is acting, and where: passed to every service call."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.orm import Session

from app.db.models import User
from app.errors import AccountInactive, PermissionDenied
from app.permissions import Action, allowed
from app.roles import Role


@dataclass(frozen=True)
class Actor:
    user_id: str
    username: str
    full_name: str
    roles: frozenset[Role]
    station_id: str | None = None
    station_code: str = ""

    def may(self, action: Action) -> bool:
        """For screens deciding what to show; services check again in the database."""
        return allowed(self.roles, action)


def authorize(session: Session, actor: Actor, action: Action) -> User:
    """Check the actor's *current* roles in the database, not the ones the
    caller claims: a revoked role or a deactivated user takes effect at once."""
    user = session.get(User, actor.user_id)
    if user is None or not user.active:
        raise AccountInactive(f"user {actor.username} is not active", username=actor.username)
    if not allowed(frozenset(user.role_names), action):
        raise PermissionDenied(
            f"{actor.username} may not {action.value}",
            username=actor.username,
            action=action.value,
        )
    return user
