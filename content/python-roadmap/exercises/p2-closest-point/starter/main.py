points: list[tuple[int, int]] = []
# Read "x,y" lines; unpack into x_text and y_text; append the tuple (int(x_text), int(y_text)).
