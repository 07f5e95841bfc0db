"""The Slack adapter: the core's commands as slash commands, answers rendered as Block Kit.

Modules, one job each: :mod:`escape` (article text made inert), :mod:`blocks` (an answer as
Block Kit messages within Slack's limits), :mod:`buttons` (what a button carries),
:mod:`delivery` (sending messages and the timeline picture), :mod:`app` (the bolt app and its
listeners), :mod:`manifest` (the app manifest from the core's commands) and :mod:`runner`
(``python -m bot slack``).
"""
