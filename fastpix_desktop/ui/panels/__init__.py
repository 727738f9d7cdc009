"""The window's panels: each owns its widgets and behaviour, takes its dependencies in its
constructor, runs background work through the OperationRunner and talks outwards by signals.
MainWindow only lays them out and wires them (docs/ui-architecture.md)."""
