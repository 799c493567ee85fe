"""The store and the domain: ORM tables, the database, and pure SLA logic. No Qt here."""
