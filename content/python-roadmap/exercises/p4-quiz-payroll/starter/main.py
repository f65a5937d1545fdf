from abc import ABC, abstractmethod


class Employee(ABC):
    def __init__(self, name: str) -> None:
        self.name = name

    # an abstract pay(), and payslip() that uses it


# class Salaried(Employee): ...


# class Hourly(Employee): ...


def total_pay(staff: list[Employee]) -> float:
    return 0.0
