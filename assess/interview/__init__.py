"""The terminal questionnaire: `state` holds the logic (testable without a terminal), `tui` the
prompt_toolkit front end, `run` wires them for `assess run`."""
