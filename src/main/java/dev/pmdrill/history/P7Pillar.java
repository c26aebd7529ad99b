package dev.pmdrill.history;

import java.util.List;
import java.util.Objects;

/**
 * A pillar the P7 (technical expert) level is judged on, with its weight. This is the one place the
 * weights are written, as the level's summary ranks the pillars: technical breadth and depth, and
 * leadership with business impact, weigh the most and the same; architecture and solution design,
 * and cross-department influence, weigh high; coding weighs lower and has no pillar of its own. The
 * P7 readiness figure of {@link Stats} reads a pillar through the criterion dimensions that
 * evidence it, and the built-in {@code p7-engineer} loop has one round per pillar, drawing the
 * questions tagged {@link #tag} and weighted the same (a test holds the loop file to these
 * weights).
 *
 * @param tag the question tag the pillar's round draws by
 * @param weight the pillar's weight in the loop and in the P7 figure
 * @param dimensions the criterion dimensions that evidence the pillar (none for system design,
 *     whose criteria are tagged {@code technical-depth})
 */
public record P7Pillar(String tag, double weight, List<String> dimensions) {
  /** The four pillars, the heaviest first. */
  public static final List<P7Pillar> ALL =
      List.of(
          new P7Pillar("technical-depth", 3, List.of("technical-depth")),
          new P7Pillar("leadership-business", 3, List.of("business-acumen", "leadership")),
          new P7Pillar("system-design", 2, List.of()),
          new P7Pillar("cross-team", 2, List.of("communication")));

  public P7Pillar {
    Objects.requireNonNull(tag, "tag");
    dimensions = List.copyOf(dimensions);
    if (!(weight > 0) || Double.isInfinite(weight)) {
      throw new IllegalArgumentException("the weight of " + tag + " must be above 0: " + weight);
    }
  }
}
