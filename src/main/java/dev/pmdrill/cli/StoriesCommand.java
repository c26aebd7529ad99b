package dev.pmdrill.cli;

import dev.pmdrill.material.StoryBank;
import dev.pmdrill.review.ReviewException;
import dev.pmdrill.review.StoryBankReview;
import dev.pmdrill.tui.MaterialJson;
import dev.pmdrill.tui.StoryBankReport;
import java.io.IOException;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code pmdrill stories FILE}: reviews the candidate's own STAR stories as a bar raiser would. */
@Command(
    name = "stories",
    mixinStandardHelpOptions = true,
    description = {
      "Review your own STAR stories as a bar raiser would.",
      "Per story: the STAR parts, the numbers on the result, the spoken length,",
      "and which of the four values (embrace change, customer first, ownership,",
      "simplicity) and themes (failure, pivot) it shows, quoted. Then the coverage",
      "matrix, the gaps and the story to rework first.",
      "FILE is Markdown (a '## Title' heading per story, optional front matter) or",
      "YAML (stories: [{title, text}]). It is only read: nothing is stored or sent.",
      "Rehearse one with: pmdrill drill --story TITLE --from FILE",
      "Exit status: 0 reviewed, 1 a file with problems (each with its line),",
      "2 no such file."
    })
final class StoriesCommand implements Callable<Integer> {
  private final Context context;

  @Parameters(paramLabel = "FILE", description = "Your story bank (.md or .yaml).")
  String file;

  @Mixin final FormatOption<TextOrJson> output = FormatOption.textOrJson();

  StoriesCommand(Context context) {
    this.context = context;
  }

  @Override
  public Integer call() throws IOException {
    StoryBank bank = MaterialFiles.stories(context, file);
    StoryBankReview review;
    try {
      review = StoryBankReview.of(MaterialFiles.builtIns(context), bank);
    } catch (ReviewException e) {
      throw new ExitException(ExitCode.ERRORS, e.getMessage());
    }
    StoryBankReview reviewed = review;
    output.print(
        context,
        g -> MaterialJson.writeStories(g, reviewed),
        width -> StoryBankReport.render(reviewed, width, context.color()));
    return ExitCode.OK;
  }
}
