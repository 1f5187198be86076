"""Files inlined into the graph pages by ``kg.viz``: template, script and stylesheet."""
