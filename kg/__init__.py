"""policy-kg: Chinese policy documents in, a knowledge graph with evidence out."""

__version__ = "0.1.0"
