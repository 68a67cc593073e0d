package dev.vmdp.dsl;

import dev.vmdp.io.CurrentInput;
import dev.vmdp.io.SaveOptions;
import dev.vmdp.io.passthrumap.PassthruMapDocument;
import dev.vmdp.io.vmx.VmxWriteOptions;
import dev.vmdp.model.VmdpException;
import dev.vmdp.model.host.Host;
import dev.vmdp.model.log.LogLine;
import dev.vmdp.model.vm.VirtualMachine;
import dev.vmdp.rules.Finding;
import dev.vmdp.rules.Fix;
import dev.vmdp.rules.FleetFacts;
import dev.vmdp.rules.Report;
import dev.vmdp.rules.RuleEngine;
import dev.vmdp.rules.VmFix;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * A check of a fleet of .vmx files that holds no more than a few files at a time: files are read,
 * bound, checked (and fixed, and saved) in parallel, handed to the caller one by one in path order
 * as soon as each is done, and dropped; only what the rules that compare VMs need is kept
 * ({@link FleetFacts}: about 800 bytes per VM with passthrough) and the names of the files read
 * (about 30 bytes each). It finds what {@link Workspace#check()} finds over the same files.
 *
 * <pre>{@code
 * FleetCheck.Summary s = Workspace.create().esxcli(Path.of("esxcli.txt")).hostVersion("8.0")
 *     .fleet().threads(2)
 *     .run(List.of(Path.of("/vmfs/volumes")), file -> writer.write(file.report()));
 * writer.write(s.allVms());   // VMDP207 between files, the host's and the logs' findings
 * }</pre>
 *
 * <p>A file that cannot be read (too big, not a .vmx, a FIFO, a broken link, a folder that cannot
 * be listed) is a {@link FileResult} with its error, and the others are checked all the same.
 *
 * <p>With {@link #fix(Predicate)} every file is fixed as it is checked and saved at once (unless
 * {@link #dryRun(boolean)}), with the safety of {@link Workspace#save(SaveOptions)}; fixes that
 * only the checks over every VM offer (a passthru.map line, a change that depends on other VMs)
 * are applied at the end, to the files they address, read again. A file saved during the run is
 * never held: a failed save is that file's error.
 *
 * <p>A fleet check is made by {@link Workspace#fleet()} from a workspace that holds the host's
 * files, the logs, the rules and policy, and no VM; it is not thread-safe, and {@link #run} may be
 * called once.
 */
public final class FleetCheck {
  /**
   * Files in flight per thread: enough that the workers never wait for the thread that walks the
   * folders and delivers the results, few enough that memory stays a few files per thread.
   */
  private static final int WINDOW_PER_THREAD = 16;

  private final RuleEngine engine;
  private final HostInputs hostInputs;
  private final Supplier<List<LogLine>> logs;
  private final boolean fromArchive;
  private Predicate<Finding> fix;
  private boolean dryRun;
  private SaveOptions saveOptions = SaveOptions.defaults();
  private int threads = Runtime.getRuntime().availableProcessors();
  private boolean ran;

  FleetCheck(RuleEngine engine, HostInputs hostInputs, Supplier<List<LogLine>> logs, boolean fromArchive) {
    this.engine = engine;
    this.hostInputs = hostInputs;
    this.logs = logs;
    this.fromArchive = fromArchive;
  }

  /**
   * Fixes the findings selected as the files are checked; by default nothing is fixed.
   *
   * @param which the findings whose fixes to apply, e.g. {@code f -> true}
   * @return this check
   */
  public FleetCheck fix(Predicate<Finding> which) {
    fix = Objects.requireNonNull(which, "which");
    return this;
  }

  /**
   * With {@link #fix}: applies the fixes in memory and gives their diffs, saving nothing.
   *
   * @param dryRun true to save nothing
   * @return this check
   */
  public FleetCheck dryRun(boolean dryRun) {
    this.dryRun = dryRun;
    return this;
  }

  /**
   * How fixed files are saved ({@code --force}, {@code --no-backup}).
   *
   * @param options the options
   * @return this check
   */
  public FleetCheck saveOptions(SaveOptions options) {
    saveOptions = Objects.requireNonNull(options, "options");
    return this;
  }

  /**
   * The number of threads that read and check files: the thread that calls {@link #run} (which
   * also walks the folders and delivers the results, and checks files while it waits for one) and
   * {@code threads - 1} workers. By default the number of processors: one thread a core, so the
   * threads do not take turns on the cores.
   *
   * @param threads at least 1; 1 checks every file on the calling thread
   * @return this check
   */
  public FleetCheck threads(int threads) {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1: " + threads);
    }
    this.threads = threads;
    return this;
  }

  /**
   * One file, checked (and fixed): what the caller gets as soon as it and every file before it
   * are done.
   *
   * @param file the file as named (the key of its findings and fixes)
   * @param path where it is
   * @param report its findings (after its fixes, with every fix resolved against it), or an empty
   *     report when it could not be read
   * @param applied the fixes applied to it, in order
   * @param diff a unified diff of what its fixes changed; empty when nothing
   * @param saved true when the fixed file was written
   * @param error why the file could not be read, or its fixes could not be saved
   */
  public record FileResult(String file, Path path, Report report, List<AppliedFix> applied, String diff,
      boolean saved, Optional<VmdpException> error) {

    /**
     * A result.
     *
     * @param file the file as named
     * @param path where it is
     * @param report its findings
     * @param applied the fixes applied
     * @param diff what they changed
     * @param saved whether it was written
     * @param error why it could not be read or saved
     */
    public FileResult {
      Objects.requireNonNull(file, "file");
      Objects.requireNonNull(path, "path");
      Objects.requireNonNull(report, "report");
      applied = List.copyOf(applied);
      Objects.requireNonNull(diff, "diff");
      Objects.requireNonNull(error, "error");
    }

    static FileResult failed(Path path, VmdpException error) {
      return new FileResult(path.toString(), path, new Report(List.of(), List.of()), List.of(), "", false,
          Optional.of(error));
    }
  }

  /**
   * What a run gives at its end.
   *
   * @param allVms the findings of the rules over every VM, the host's and the logs', after the
   *     fixes of the end, with the notes of the host's files
   * @param applied the fixes applied at the end (to the passthru.map, or to files addressed by
   *     findings over every VM)
   * @param diff a unified diff of what those fixes changed; empty when nothing
   * @param saved the files those fixes wrote
   * @param errors the saves of the end that failed, each naming its file
   * @param inputs every file read, as named, in order: the .vmx files, then the host's files
   * @param files the number of .vmx files checked, read or not
   * @param failedFiles the number of .vmx files that could not be read, or whose fixes could not be saved
   */
  public record Summary(Report allVms, List<AppliedFix> applied, String diff, List<Path> saved,
      List<VmdpException> errors, List<String> inputs, int files, int failedFiles) {

    /**
     * A summary.
     *
     * @param allVms the findings over every VM
     * @param applied the fixes applied at the end
     * @param diff what they changed
     * @param saved the files they wrote
     * @param errors the saves of the end that failed
     * @param inputs every file read
     * @param files the .vmx files
     * @param failedFiles the .vmx files that failed
     */
    public Summary {
      Objects.requireNonNull(allVms, "allVms");
      applied = List.copyOf(applied);
      Objects.requireNonNull(diff, "diff");
      saved = List.copyOf(saved);
      errors = List.copyOf(errors);
      // The run's own list is unmodifiable and compact; a copy would make a String of every name.
      inputs = inputs instanceof FileNames ? inputs : List.copyOf(inputs);
    }

    /**
     * True when a file could not be read or a fix could not be saved.
     *
     * @return whether anything failed
     */
    public boolean failed() {
      return failedFiles > 0 || !errors.isEmpty();
    }
  }

  /**
   * Checks the files: each {@code .vmx} named, and every {@code *.vmx} below each folder named, in
   * path order (each folder's entries sorted by name).
   *
   * @param filesOrFolders the .vmx files and folders, in the order to check them
   * @param each called on this thread with every file's result, in order, as soon as it is ready
   * @return what the checks over every VM found, and what the fixes of the end did
   * @throws IllegalStateException when called a second time
   * @throws VmdpException when a rule fails, naming it
   */
  public Summary run(List<Path> filesOrFolders, Consumer<FileResult> each) {
    if (ran) {
      throw new IllegalStateException("a fleet check runs once");
    }
    ran = true;
    Host host = hostInputs.host();
    VmxWriteOptions writeOptions = writeOptions(host);
    FleetFacts facts = new FleetFacts();
    FileNames inputs = new FileNames();
    int[] counts = new int[2];
    Consumer<FileResult> deliver = r -> {
      inputs.addName(r.file());
      counts[0]++;
      if (r.error().isPresent()) {
        counts[1]++;
      }
      each.accept(r);
    };
    // The files no thread has started yet: the workers take them, and so does this thread while it
    // waits for the next result.
    LinkedBlockingQueue<Runnable> queue = new LinkedBlockingQueue<>();
    int workers = threads - 1;
    ThreadPoolExecutor pool = workers == 0 ? null
        : new ThreadPoolExecutor(workers, workers, 0, TimeUnit.MILLISECONDS, queue, daemonThreads());
    try {
      Window window = new Window(pool, queue, threads * WINDOW_PER_THREAD, deliver, facts);
      for (Path p : filesOrFolders) {
        if (Files.isDirectory(p)) {
          VmxWalk.walk(p, e -> window.submit(e.path(), e.error().isPresent()
              ? () -> new Done(FileResult.failed(e.path(), e.error().get()), null)
              : () -> checkFile(e.path(), e.attributes(), host, writeOptions)));
        } else {
          window.submit(p, () -> checkFile(p, null, host, writeOptions));
        }
      }
      window.drain();
    } finally {
      if (pool != null) {
        pool.shutdownNow();
      }
    }
    hostInputs.files().names().forEach(inputs::addName);
    End end = fix == null ? new End(List.of(), "", List.of(), List.of(), List.of()) : fixAtTheEnd(facts);
    Report allVms = resolveMapFixes(engine.checkAllVms(hostInputs.host(), facts, logs.get()));
    List<String> notes = new ArrayList<>(allVms.assumptions());
    if (end.applied.stream().anyMatch(a -> !(a.fix() instanceof VmFix))) {
      notes.add("the passthru.map was fixed after the VMs were checked against it as it was read: check again to see"
          + " each VM against the fixed map");
    }
    notes.addAll(end.notes);
    hostInputs.notes().forEach(n -> notes.add(n.toString()));
    return new Summary(new Report(allVms.findings(), notes), end.applied, end.diff, end.saved, end.errors,
        inputs, counts[0], counts[1]);
  }

  /** A file's result and, for a file that was read, its passthrough facts as checked. */
  private record Done(FileResult result, VirtualMachine vm) {}

  /**
   * The files in flight: at most {@code size} at once, delivered in the order submitted. A file is
   * checked by a worker of the pool, or by the thread that delivers, when it gets to the file first.
   */
  private static final class Window {
    /** The workers, or null when the delivering thread checks every file. */
    private final ExecutorService pool;
    private final BlockingQueue<Runnable> queue;
    private final int size;
    private final Consumer<FileResult> deliver;
    private final FleetFacts facts;
    private final Deque<Future<Done>> inFlight = new ArrayDeque<>();

    Window(ExecutorService pool, BlockingQueue<Runnable> queue, int size, Consumer<FileResult> deliver,
        FleetFacts facts) {
      this.pool = pool;
      this.queue = queue;
      this.size = size;
      this.deliver = deliver;
      this.facts = facts;
    }

    /**
     * Adds a file; when the window is full, delivers files until it is half full, so this thread
     * waits for a worker (and the workers for it) once in {@code size / 2} files, not at every file.
     */
    void submit(Path path, Supplier<Done> work) {
      String name = path.toString();
      FutureTask<Done> task = new FutureTask<>(() -> CurrentInput.reading(name, work));
      inFlight.add(task);
      if (pool != null) {
        pool.execute(task);
      } else {
        queue.add(task);
      }
      if (inFlight.size() >= size) {
        while (inFlight.size() > size / 2) {
          take();
        }
      }
    }

    void drain() {
      while (!inFlight.isEmpty()) {
        take();
      }
    }

    private void take() {
      Done d;
      Future<Done> head = inFlight.poll();
      // While the next result is not ready, this thread checks files no worker has started rather
      // than wait (the first of them: usually the one it waits for). Results are still delivered
      // in path order, and a task runs once, on whichever thread took it from the queue.
      Runnable notStarted;
      while (!head.isDone() && (notStarted = queue.poll()) != null) {
        notStarted.run();
      }
      try {
        d = head.get();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new VmdpException("fleet check interrupted", e);
      } catch (ExecutionException e) {
        Throwable cause = e.getCause();
        if (cause instanceof RuntimeException r) {
          throw r;
        }
        if (cause instanceof Error err) {
          throw err;
        }
        throw new VmdpException("fleet check failed: " + cause, cause);
      }
      if (d.vm() != null) {
        facts.add(d.vm());
      }
      deliver.accept(d.result());
    }
  }

  /**
   * Reads, checks and (with {@link #fix}) fixes and saves one file; runs on a worker thread. The
   * attributes are the walk's (null for a file named, or a link): its read then needs no stat.
   */
  private Done checkFile(Path path, BasicFileAttributes attributes, Host host, VmxWriteOptions writeOptions) {
    VmFiles one = new VmFiles();
    VmFiles.Vm vm;
    try {
      vm = one.add(VmFiles.read(path, attributes));
      vm.vm();
    } catch (VmdpException e) {
      return new Done(FileResult.failed(path, e), null);
    }
    // The map is only read here (every worker resolves its fixes against it); it changes only at the end.
    Fixer resolver = new Fixer(one, hostInputs, v -> writeOptions);
    List<AppliedFix> applied = List.of();
    String diff = "";
    boolean saved = false;
    Optional<VmdpException> error = Optional.empty();
    if (fix != null) {
      // A map fix waits for the end: the files' fixes run in parallel, the map is one.
      Fixer vmOnly = new Fixer(one, new HostInputs(), v -> writeOptions);
      applied = vmOnly.applyAll(() -> engine.checkEachVm(host, vm.vm()), fix, x -> { });
      diff = vm.file.diff();
      if (!dryRun && !applied.isEmpty()) {
        try {
          saved = vm.file.save(saveOptions);
        } catch (VmdpException e) {
          error = Optional.of(e);
          vm.setCurrent(vm.file.original());
        }
      }
    }
    Report report = resolver.resolve(engine.checkEachVm(host, vm.vm()));
    return new Done(new FileResult(vm.file.name(), path, report, applied, diff, saved, error), vm.vm());
  }

  /** What the fixes of the end did: the fixes, their diff, the files saved, the saves that failed, notes. */
  private record End(List<AppliedFix> applied, String diff, List<Path> saved, List<VmdpException> errors,
      List<String> notes) {}

  /**
   * Applies the fixes the checks over every VM offer: to the passthru.map, and to the .vmx files
   * they address, read again (as saved by the run).
   */
  private End fixAtTheEnd(FleetFacts facts) {
    VmFiles reopened = new VmFiles();
    Set<String> wanted = new LinkedHashSet<>();
    for (Finding f : engine.checkAllVms(hostInputs.host(), facts, logs.get()).findings()) {
      if (fix.test(f)) {
        f.fixes().stream().filter(VmFix.class::isInstance).map(Fix::file).flatMap(Optional::stream).forEach(wanted::add);
      }
    }
    List<VmdpException> unread = new ArrayList<>();
    for (String file : wanted) {
      try {
        reopened.add(VmFiles.read(Path.of(file)));
      } catch (VmdpException e) {
        unread.add(e);
      }
    }
    Fixer fixer = new Fixer(reopened, hostInputs, v -> writeOptions(hostInputs.host()));
    List<AppliedFix> applied = fixer.applyAll(() -> {
      reopened.all().forEach(v -> facts.update(v.vm()));
      return engine.checkAllVms(hostInputs.host(), facts, logs.get());
    }, fix, x -> { });
    reopened.all().forEach(v -> facts.update(v.vm()));
    StringBuilder diff = new StringBuilder();
    reopened.all().forEach(v -> diff.append(v.file.diff()));
    OpenFile<PassthruMapDocument> map = hostInputs.mapFile();
    if (map != null) {
      diff.append(map.diff());
    }
    List<Path> saved = new ArrayList<>();
    List<VmdpException> errors = new ArrayList<>(unread);
    List<String> notes = new ArrayList<>();
    if (!dryRun && !applied.isEmpty()) {
      for (VmFiles.Vm v : reopened.all()) {
        save(v.file, saved, errors);
      }
      if (map != null && map.changed()) {
        if (fromArchive || map.path() == null) {
          notes.add(map.name() + ": fixed in memory, not saved: it was read from a vm-support bundle, which vmdp does"
              + " not write; extract it and give the folder (--host DIR) to save the fixes");
        } else {
          save(map, saved, errors);
        }
      }
    }
    return new End(applied, diff.toString(), saved, errors, notes);
  }

  private void save(OpenFile<?> file, List<Path> saved, List<VmdpException> errors) {
    try {
      if (file.save(saveOptions)) {
        saved.add(file.path());
      }
    } catch (VmdpException e) {
      errors.add(e);
    }
  }

  /** How .vmx files are written for the host's version (as {@link Workspace} writes them); the defaults when it has none. */
  private static VmxWriteOptions writeOptions(Host host) {
    return host.version().map(VmxWriteOptions::forVersion).orElse(VmxWriteOptions.defaults());
  }

  /** The report with its passthru.map fixes resolved against the map (its .vmx fixes address files not open here). */
  private Report resolveMapFixes(Report report) {
    return new Fixer(new VmFiles(), hostInputs, v -> VmxWriteOptions.defaults()).resolve(report);
  }

  private static ThreadFactory daemonThreads() {
    AtomicInteger n = new AtomicInteger();
    return r -> {
      Thread t = new Thread(r, "vmdp-fleet-" + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    };
  }
}
