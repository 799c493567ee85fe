"""The workshop file (.slaw): a safe container and a checked JSON document (no Qt)."""
