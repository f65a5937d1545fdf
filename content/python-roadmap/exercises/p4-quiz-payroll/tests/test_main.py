import unittest

from main import Employee, Hourly, Salaried, total_pay


class TestPayroll(unittest.TestCase):
    def test_salaried(self):
        ada = Salaried("Ada", 3000)
        self.assertEqual(ada.name, "Ada", "Salaried should pass the name on with super().__init__(name)")
        self.assertAlmostEqual(ada.pay(), 3000, msg="a salaried employee is paid the monthly amount")
        self.assertEqual(ada.payslip(), "Ada: 3000.00")

    def test_hourly_normal(self):
        cy = Hourly("Cy", 12.5, 100)
        self.assertEqual(cy.name, "Cy", "Hourly should pass the name on with super().__init__(name)")
        self.assertAlmostEqual(cy.pay(), 1250, msg="100 hours at 12.5 are 1250")
        self.assertAlmostEqual(Hourly("Di", 10, 160).pay(), 1600, msg="exactly 160 hours are all paid at the normal rate")

    def test_hourly_overtime(self):
        bo = Hourly("Bo", 20, 170)
        self.assertAlmostEqual(bo.pay(), 3500, msg="160 hours at 20 plus 10 hours at 30 make 3500")
        self.assertEqual(bo.payslip(), "Bo: 3500.00", "payslip shows the name and the pay with two decimals")
        self.assertAlmostEqual(Hourly("Ed", 10, 200).pay(), 2200, msg="160 * 10 + 40 * 15 = 2200")

    def test_is_employee(self):
        self.assertIsInstance(Salaried("A", 1), Employee, "Salaried should inherit from Employee")
        self.assertIsInstance(Hourly("B", 1, 1), Employee, "Hourly should inherit from Employee")

    def test_abstract(self):
        with self.assertRaises(TypeError, msg="Employee should be abstract: mark pay() with @abstractmethod and inherit from ABC"):
            Employee("Cy")

    def test_total(self):
        staff = [Salaried("Ada", 3000), Hourly("Bo", 20, 170), Hourly("Cy", 12.5, 100)]
        self.assertAlmostEqual(total_pay(staff), 7750, msg="3000 + 3500 + 1250 = 7750")
        self.assertAlmostEqual(total_pay([]), 0, msg="nobody to pay costs 0")
