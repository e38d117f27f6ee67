"""Who may report progress for which department.

Admins (``JIXIAO_ADMINS``) report for every department. Reporters (``JIXIAO_REPORTERS``,
``123:东莞市总工会,456:科技局``) report — by ``/report`` or by uploading a progress file — for
their own department(s) only; the names there may be loose (科技局) and are resolved against
the loaded tables each time, so a table loaded later counts at once. Everyone else reports
nothing.
"""

from __future__ import annotations

from bot.services import Services
from data.db import Store
from data.errors import NotFoundError
from data.progress import resolve_department


def reporter_scope(svc: Services, user_id: int) -> frozenset[str] | None:
    """The departments ``user_id`` may report for: ``None`` (all) for an admin, the loaded
    departments their ``JIXIAO_REPORTERS`` entry names for a reporter, empty for others."""
    if svc.is_admin(user_id):
        return None
    return own_departments(svc.store, svc.settings.reporters.get(user_id, ()))


def own_departments(store: Store, names: tuple[str, ...]) -> frozenset[str]:
    """The loaded departments loosely written ``names`` mean; names that match none (a
    department not loaded yet) are left out."""
    found = set()
    for name in names:
        try:
            found.add(resolve_department(store, name))
        except NotFoundError:
            continue
    return frozenset(found)


def no_department_text(svc: Services, user_id: int) -> str:
    """For a reporter none of whose departments is loaded yet."""
    names = "、".join(svc.settings.reporters.get(user_id, ())) or "—"
    return f"您登记的填报部门（{names}）还没有载入绩效目标表，暂时无法填报进度。请联系管理员。"
