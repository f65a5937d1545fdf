from abc import ABC, abstractmethod


class Employee(ABC):
    def __init__(self, name: str) -> None:
        self.name = name

    @abstractmethod
    def pay(self) -> float:
        ...

    def payslip(self) -> str:
        return f"{self.name}: {self.pay():.2f}"


class Salaried(Employee):
    def __init__(self, name: str, monthly: float) -> None:
        super().__init__(name)
        self.monthly = monthly

    def pay(self) -> float:
        return self.monthly


class Hourly(Employee):
    def __init__(self, name: str, rate: float, hours: float) -> None:
        super().__init__(name)
        self.rate = rate
        self.hours = hours

    def pay(self) -> float:
        if self.hours <= 160:
            return self.rate * self.hours
        extra = self.hours - 160
        return self.rate * 160 + extra * self.rate * 1.5


def total_pay(staff: list[Employee]) -> float:
    total = 0.0
    for person in staff:
        total += person.pay()
    return total
