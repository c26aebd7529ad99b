import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The baseline for start-up: the smallest picocli program that prints its version. */
@Command(name = "hello", mixinStandardHelpOptions = true, version = "hello 1.0")
public class Hello implements Callable<Integer> {
  @Override
  public Integer call() {
    System.out.println("hello");
    return 0;
  }

  public static void main(String[] args) {
    System.exit(new CommandLine(new Hello()).execute(args));
  }
}
