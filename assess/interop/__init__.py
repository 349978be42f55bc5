"""Formats of other tools: LimeSurvey, XLSForm (KoboToolbox, ODK), spreadsheets."""
