package cn.cebase.shared;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;

/** 公民身份号码 (GB 11643-1999): 17 digits, a real past birth date at 7–14, and a check character. */
public record ResidentIdNumber(String value) {

	private static final int[] WEIGHTS = { 7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2 };

	private static final String CHECK = "10X98765432";

	public ResidentIdNumber {
		problemWith(value, LocalDate.now()).ifPresent(key -> {
			throw new BusinessException(key);
		});
	}

	public static ResidentIdNumber parse(String raw) {
		return new ResidentIdNumber(raw == null ? null : raw.strip().toUpperCase(Locale.ROOT));
	}

	public static Optional<String> problemWith(String id, LocalDate today) {
		if (id == null || id.isEmpty()) {
			return Optional.of("idNumber.required");
		}
		if (!id.matches("\\d{17}[\\dX]")) {
			return Optional.of("idNumber.format");
		}
		try {
			LocalDate birth = LocalDate.of(Integer.parseInt(id.substring(6, 10)), Integer.parseInt(id.substring(10, 12)),
					Integer.parseInt(id.substring(12, 14)));
			if (!birth.isBefore(today)) {
				return Optional.of("idNumber.birthDate");
			}
		}
		catch (DateTimeException ex) {
			return Optional.of("idNumber.birthDate");
		}
		int sum = 0;
		for (int i = 0; i < 17; i++) {
			sum += (id.charAt(i) - '0') * WEIGHTS[i];
		}
		return CHECK.charAt(sum % 11) == id.charAt(17) ? Optional.empty() : Optional.of("idNumber.checksum");
	}

	@Override
	public String toString() {
		return value;
	}
}
