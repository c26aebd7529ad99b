package dev.pmdrill.text;

/**
 * A number found in an answer, with its scale already applied ({@code $50M} is 5.0E7).
 *
 * @param value the number, negative when written with a sign
 * @param span where it stands in the original string, sign, currency and suffix included
 * @param text the original text of the quantity
 * @param percent written with {@code %} or "percent"
 * @param multiplier written as a factor, like {@code 3.5x}
 */
public record Quantity(double value, Span span, String text, boolean percent, boolean multiplier) {}
