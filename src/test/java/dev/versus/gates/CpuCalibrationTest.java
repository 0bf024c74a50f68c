package dev.versus.gates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class CpuCalibrationTest {
  @ParameterizedTest(name = "benchmarkIndex {0} -> x{1}")
  @CsvSource({
      // the calculator's anchor points (lighthouse-cpu-throttling-calculator) up to the default's host
      "1533, 4.0", "1300, 3.0", "800, 2.0", "150, 1.0",
      // between the anchors the mapping is linear
      "1050, 2.5", "475, 1.5", "1416.5, 3.5",
      // a host busy with a second process on one of its two cores
      "1096.5, 2.593",
      // faster hosts than the reference keep Lighthouse's default (an idle CI host here: 2091 to 2882)
      "1766, 4.0", "2091, 4.0", "2882, 4.0",
      // a host slower than the reference device gets no slowdown rather than a speed-up
      "100, 1.0"})
  void followsLighthousesCalculator(double index, double expected) {
    assertEquals(expected, CpuCalibration.of(index).multiplier(), 0.001);
  }

  @Test
  void refusesAnIndexThatWasNotMeasured() {
    assertThrows(IllegalArgumentException.class, () -> CpuCalibration.of(Double.NaN));
    assertThrows(IllegalArgumentException.class, () -> CpuCalibration.of(0));
  }
}
