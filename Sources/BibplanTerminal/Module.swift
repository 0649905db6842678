import CNcurses
public enum BibplanTerminalModule {}
