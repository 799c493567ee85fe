"""Use-cases the UI and the command line call. The only way to read or write workshops; no Qt."""
