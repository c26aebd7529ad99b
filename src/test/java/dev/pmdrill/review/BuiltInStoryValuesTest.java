package dev.pmdrill.review;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pmdrill.bank.BuiltInBanks;
import dev.pmdrill.bank.Catalog;
import dev.pmdrill.bank.Location;
import dev.pmdrill.material.Piece;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The built-in value and theme rubric on single sentences: evidence shows a value, its name alone
 * does not, and words that only look like it (users who "abandoned" a form) do not.
 */
class BuiltInStoryValuesTest {
  private static final Catalog CATALOG = BuiltInBanks.catalog();

  @ParameterizedTest(name = "{1} {2}: {0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          I always embrace change and I am very flexible.                                        | embrace-change | none
          I stopped the tab rather than defend the sunk cost.                                    | embrace-change | met
          38% of buyers abandoned the form at the address step.                                  | embrace-change | none
          我决定止损，放弃继续扩自提点的计划。                                                  | embrace-change | met
          I always put the customer first.                                                       | customer-first | none
          I interviewed twenty buyers and the pain point was the address form.                   | customer-first | met
          我做了用户访谈，痛点很清楚。                                                          | customer-first | met
          I always take ownership.                                                               | ownership      | none
          Nobody owned the dashboard, so I took it on without waiting for a reorg.               | ownership      | met
          这不是我的工作范围，但我没有等组织调整，主动把它接了下来。                            | ownership      | met
          I believe in simplicity.                                                               | simplicity     | none
          I cut the form from 14 steps to four and wrote the guide in plain words.               | simplicity     | met
          我把流程从十四步简化成四步，写了一页纸的说明。                                        | simplicity     | met
          We failed.                                                                             | failure        | partial
          It was my mistake, and in the post-mortem I changed the release rule.                  | failure        | met
          这是我的失误，复盘会上我承担了责任。                                                  | failure        | met
          I am agile.                                                                            | pivot          | none
          The data showed the tour was skipped, so within a week I switched to a coupon.         | pivot          | met
          数据出来以后，我们一周内改成了晚间配送。                                              | pivot          | met
          """)
  void aValueIsShownByWhatWasDoneNotByItsName(String text, String value, String level) {
    StoryReview story =
        StoryBankReview.review(CATALOG, new Piece("One", text.strip(), new Location("t", 1, 1)));
    Signal signal = story.signal(value).orElseThrow();
    assertThat(signal.coverage().label()).as("%s: %s", value, signal.evidence()).isEqualTo(level);
  }
}
