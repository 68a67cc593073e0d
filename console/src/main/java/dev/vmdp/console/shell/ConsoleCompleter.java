package dev.vmdp.console.shell;

import dev.vmdp.io.vmx.VmxDocument;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jline.reader.Candidate;
import org.jline.reader.Completer;
import org.jline.reader.LineReader;
import org.jline.reader.ParsedLine;
import jdk.jshell.SourceCodeAnalysis;

/**
 * Completion: console command names after {@code /}, a command's own argument completion (file
 * names after {@code /load}), and otherwise JShell's source analysis of the current snippet.
 */
final class ConsoleCompleter implements Completer {
  private static final Pattern GET_KEY = Pattern.compile("([A-Za-z_$][\\w$]*)\\.get\\(\"([^\"]*)$");
  private final Session session;

  ConsoleCompleter(Session session) {
    this.session = session;
  }

  @Override
  public void complete(LineReader reader, ParsedLine line, List<Candidate> candidates) {
    candidates.addAll(candidates(line.line(), line.cursor()).stream()
        .map(c -> new Candidate(c.value(), c.display(), null, c.description(), null, null, c.complete()))
        .toList());
  }

  /** One completion candidate, independent of JLine so tests can check it directly. */
  record Suggestion(String value, String display, String description, boolean complete) {}

  /** The candidates for the buffer at the cursor; values replace {@link ConsoleParser#word}. */
  List<Suggestion> candidates(String buffer, int cursor) {
    String current = ConsoleParser.currentLine(buffer, cursor);
    if (ConsoleParser.isCommandLine(current)) {
      return commandCandidates(current.stripLeading());
    }
    String before = buffer.substring(0, cursor);
    List<Suggestion> keys = vmxKeyCandidates(current);
    if (keys != null) {
      return keys;
    }
    String snippet = lastSnippet(before);
    int[] anchor = new int[1];
    SourceCodeAnalysis analysis = session.evaluator().analysis();
    Set<String> seen = new LinkedHashSet<>();
    for (SourceCodeAnalysis.Suggestion s : analysis.completionSuggestions(snippet, snippet.length(), anchor)) {
      seen.add(s.continuation());
    }
    return seen.stream().map(v -> new Suggestion(v, v, null, false)).toList();
  }

  /**
   * VMX keys after {@code doc.get("} when {@code doc} holds a {@link VmxDocument}: the keys of that
   * document starting with what was typed (any case); null when the line is not such a call.
   */
  private List<Suggestion> vmxKeyCandidates(String current) {
    Matcher m = GET_KEY.matcher(current);
    if (!m.find()) {
      return null;
    }
    Object value = session.valueOf(m.group(1)).orElse(null);
    if (!(value instanceof VmxDocument doc)) {
      return null;
    }
    String typed = m.group(2);
    String word = ConsoleParser.word(current, current.length());
    String lower = typed.toLowerCase(Locale.ROOT);
    return doc.keys().stream()
        .filter(k -> k.toLowerCase(Locale.ROOT).startsWith(lower))
        .map(k -> new Suggestion(k.substring(typed.length() - word.length()), k, null, false))
        .toList();
  }

  private List<Suggestion> commandCandidates(String commandLine) {
    int space = commandLine.indexOf(' ');
    if (space < 0) {
      return session.commands().stream()
          .filter(c -> c.name().startsWith(commandLine))
          .map(c -> new Suggestion(c.name(), c.name(), c.summary(), true))
          .toList();
    }
    ConsoleCommand command = session.command(commandLine.substring(0, space));
    if (command == null) {
      return List.of();
    }
    String partial = commandLine.substring(commandLine.lastIndexOf(' ') + 1);
    return command.complete(partial, session).stream()
        .map(v -> new Suggestion(v, display(v), null, !v.endsWith("/")))
        .toList();
  }

  private static String display(String path) {
    String trimmed = path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    return path.substring(trimmed.lastIndexOf('/') + 1);
  }

  /** The text of the snippet being typed: from the line where the last chunk starts. */
  private String lastSnippet(String before) {
    List<Chunk> chunks = Chunk.split(before, session.evaluator().analysis());
    if (chunks.isEmpty()) {
      return "";
    }
    int line = chunks.get(chunks.size() - 1).line();
    String[] lines = before.split("\n", -1);
    return String.join("\n", List.of(lines).subList(line - 1, lines.length)).stripLeading();
  }
}
