public enum BibplanUIModule {}
