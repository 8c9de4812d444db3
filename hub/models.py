"""Users' regional roles: which region's content a group of editors may write or approve."""

from __future__ import annotations

from django.contrib.auth.models import Group
from django.db import models
from django.utils.translation import gettext_lazy as _

__all__ = ["PluginIncident", "RegionalRole", "Role"]


class Role(models.TextChoices):
    """What members of a group may do with their region's content."""

    DEVELOPER = "developer", _("Regional developer (writes)")
    EDITOR = "editor", _("Regional editor (approves and publishes)")


class RegionalRole(models.Model):
    """Give a Django group a role in one region, or nationally when the region is empty.

    Permissions stay on Django groups (so Wagtail's admin understands them); this row only says
    *where* they apply. A user's regions are the union of their groups' regions.
    """

    group = models.OneToOneField(
        Group, on_delete=models.CASCADE, related_name="regional_role", verbose_name=_("group")
    )
    region = models.ForeignKey(
        "branch_models.Region",
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="roles",
        verbose_name=_("region"),
        help_text=_("Empty means national: the role applies to every region."),
    )
    role = models.CharField(_("role"), max_length=16, choices=Role.choices)

    class Meta:
        verbose_name = _("regional role")
        verbose_name_plural = _("regional roles")
        # Checked by hub.accounts when ADMIN_2FA_REQUIRED is on; a group permission like any.
        permissions = [("require_second_factor", _("Must sign in with a second factor"))]

    def __str__(self) -> str:
        where = self.region or _("national")
        return f"{self.group} – {self.get_role_display()} ({where})"


class PluginIncident(models.Model):
    """The latest failure of a plugin's hook, for the admin's plugin health panel.

    Kept in the database (not in memory) so that every web process shows the same health. The
    full traceback goes to the log; this row holds the summary an administrator reads.
    """

    plugin = models.CharField(_("plugin"), max_length=64, unique=True)
    hook = models.CharField(_("hook"), max_length=200)
    message = models.TextField(_("message"))
    count = models.PositiveIntegerField(_("failures"), default=0)
    first_seen = models.DateTimeField(_("first failure"))
    last_seen = models.DateTimeField(_("latest failure"))

    class Meta:
        ordering = ["plugin"]
        verbose_name = _("plugin incident")
        verbose_name_plural = _("plugin incidents")

    def __str__(self) -> str:
        return f"{self.plugin}: {self.hook}"
