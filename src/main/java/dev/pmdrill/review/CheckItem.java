package dev.pmdrill.review;

import java.util.Objects;

/** One line of the P9 readiness checklist: what the guide asks, whether it is met, and how. */
public record CheckItem(String item, Status status, String detail) {
  public enum Status {
    MET("ready"),
    MISSING("not ready"),
    UNKNOWN("not answered");

    private final String label;

    Status(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }
  }

  public CheckItem {
    Objects.requireNonNull(item, "item");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(detail, "detail");
  }
}
