class Ticket:
    issued = 0
    notes: list[str] = []

    def __init__(self, holder: str) -> None:
        self.holder = holder
        self.venue = "Main Hall"
        self.issued += 1
        self.number = self.issued

    def add_note(self, text: str) -> None:
        self.notes.append(text)


if __name__ == "__main__":
    ada = Ticket("Ada")
    alan = Ticket("Alan")
    ada.add_note("front row")
    print(ada.number, alan.number, Ticket.issued)
    print(ada.notes, alan.notes)
    print(alan.venue)
