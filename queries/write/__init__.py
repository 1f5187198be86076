"""Write Cypher used by kg.stores (templates filled from kg.schema constants only)."""
