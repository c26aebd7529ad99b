package dev.pmdrill.review;

import dev.pmdrill.bank.Question;
import dev.pmdrill.material.Track;
import dev.pmdrill.scoring.Criterion;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * Which P9 track a promotion question belongs to, read the way {@link PacketReview} reads a
 * packet's track: a question that carries a track's marker ({@code staff-track}, {@code
 * principal-track}) as a tag, or asks for that track's vocabulary in its rubric (a criterion of
 * that dimension, such as the ones {@code use: pr-staff-track} brings), belongs to it. A question
 * that carries neither asks about what every packet needs (the three dimensions), whichever the
 * track.
 */
public final class TrackQuestions {
  private TrackQuestions() {}

  /** The tracks a question belongs to; empty when it belongs to both alike. */
  public static Set<Track> of(Question question) {
    Objects.requireNonNull(question, "question");
    Set<Track> tracks = EnumSet.noneOf(Track.class);
    for (Track t : Track.values()) {
      if (question.tags().contains(t.marker())) {
        tracks.add(t);
      }
    }
    if (!tracks.isEmpty()) {
      return tracks;
    }
    for (Criterion c : question.rubric().criteria()) {
      for (Track t : Track.values()) {
        if (c.info().dimension().map(t.marker()::equals).orElse(false)) {
          tracks.add(t);
        }
      }
    }
    return tracks;
  }

  /** Whether a board for {@code track} asks this question: it is the track's, or every track's. */
  public static boolean asks(Question question, Track track) {
    Set<Track> tracks = of(question);
    return tracks.isEmpty() || tracks.contains(track);
  }

  /**
   * Whether any of these questions belongs to one track only: a loop where --track means something.
   */
  public static boolean anyTracked(Iterable<Question> questions) {
    for (Question q : questions) {
      if (!of(q).isEmpty()) {
        return true;
      }
    }
    return false;
  }
}
