"""Qt item models of the GUI: each table of the interface is one model here."""
