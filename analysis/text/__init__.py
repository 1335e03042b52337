"""The text layer: the parse, the quotation scanner, speech events and the one voice of every character."""
