"""Previous/Next buttons that move one message through the pages of a long answer."""

from __future__ import annotations

import logging

import discord

from bot import messages

_log = logging.getLogger(__name__)

PAGER_TIMEOUT_SECONDS = 14 * 60  # an interaction token lasts 15 minutes; stop before it expires


class AnswerPager(discord.ui.View):
    """A view showing one page of an answer at a time, with Previous/Next buttons.

    The buttons are disabled at the ends. Anyone who can see the message may page through it:
    paging changes nothing but which page the message shows.

    Args:
        pages: the pages, each the list of embeds of one message (see
            :func:`adapters.discord.embeds.render_pages`).
        timeout: seconds without a click after which the buttons are disabled.
    """

    def __init__(self, *, pages: list[list[discord.Embed]], timeout: float | None = PAGER_TIMEOUT_SECONDS) -> None:
        super().__init__(timeout=timeout)
        if not pages:
            raise ValueError("a pager needs at least one page")
        self.pages = pages
        self.page_index = 0
        self.message: discord.Message | discord.WebhookMessage | None = None
        self._update_buttons()

    @property
    def current_page(self) -> list[discord.Embed]:
        """The embeds of the page currently shown."""
        return self.pages[self.page_index]

    @discord.ui.button(label=messages.text("L050"), style=discord.ButtonStyle.secondary)
    async def previous_page(self, interaction: discord.Interaction, button: discord.ui.Button) -> None:
        """Show the page before the current one."""
        await self._show(interaction, self.page_index - 1)

    @discord.ui.button(label=messages.text("L051"), style=discord.ButtonStyle.primary)
    async def next_page(self, interaction: discord.Interaction, button: discord.ui.Button) -> None:
        """Show the page after the current one."""
        await self._show(interaction, self.page_index + 1)

    async def _show(self, interaction: discord.Interaction, index: int) -> None:
        self.page_index = min(max(0, index), len(self.pages) - 1)
        self._update_buttons()
        # Attachments are kept when ``attachments`` is not passed, so the timeline stays shown.
        await interaction.response.edit_message(
            embeds=self.current_page, view=self, allowed_mentions=discord.AllowedMentions.none()
        )

    def _update_buttons(self) -> None:
        self.previous_page.disabled = self.page_index == 0
        self.next_page.disabled = self.page_index >= len(self.pages) - 1

    async def on_timeout(self) -> None:
        """Disable both buttons once the pager stops listening, so stale clicks are not offered."""
        self.previous_page.disabled = True
        self.next_page.disabled = True
        if self.message is None:
            return
        try:
            await self.message.edit(view=self)
        except discord.HTTPException as error:  # the message may be gone; nothing to repair
            _log.debug("Could not disable the paging buttons: %s", error)

    async def on_error(self, interaction: discord.Interaction, error: Exception, item: discord.ui.Item) -> None:
        """Log a failed click and tell the clicker, privately."""
        from adapters.discord.replies import send_error  # here: replies imports this module

        await send_error(interaction, error, what="paging")
