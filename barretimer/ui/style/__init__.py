"""How the window looks: palette (light/dark), colours and names per kind and side, icons."""
