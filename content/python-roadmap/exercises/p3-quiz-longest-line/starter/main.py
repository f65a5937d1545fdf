def longest_line(path: str) -> str:
    # open the file, look at every line without its newline, keep the longest
    return ""


def shout(source: str, target: str) -> int:
    # read source, write each line in capitals to target, count the lines
    return 0
