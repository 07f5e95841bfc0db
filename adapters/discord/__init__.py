"""The Discord adapter: the core's commands as slash commands, answers as paged embeds.

Modules, one job each: :mod:`~adapters.discord.escape` (article text made inert),
:mod:`~adapters.discord.embeds` (an answer as pages of embeds within Discord's limits),
:mod:`~adapters.discord.paging` (Previous/Next buttons), :mod:`~adapters.discord.replies`
(defer, answer, report errors), :mod:`~adapters.discord.commands` (slash commands and
autocomplete from the core's definitions), :mod:`~adapters.discord.client` (intents, command
tree, syncing) and :mod:`~adapters.discord.runner` (``python -m bot discord``).
"""
