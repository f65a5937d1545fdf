# Your first program: type it below this line.
