package dev.vmdp.io;

import java.io.IOException;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.ReadableByteChannel;
import java.nio.channels.SeekableByteChannel;
import java.nio.channels.WritableByteChannel;
import java.nio.file.AccessMode;
import java.nio.file.CopyOption;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileStore;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.nio.file.ProviderMismatchException;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.FileAttributeView;
import java.nio.file.attribute.UserPrincipalLookupService;
import java.nio.file.spi.FileSystemProvider;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.StreamSupport;

/**
 * The default file system behind a wrapper that fails as real ones do: after a budget of bytes
 * every write fails with {@code FileSystemException: No space left on device}, the way a full disk
 * fails (a write that crosses the limit is short, the next one fails), and it may refuse file
 * locks as some network and FUSE file systems do. A copy deletes its target first and removes a
 * partial one, as the JDK's copy does. Used to test that a save survives a full disk at every
 * byte, on a file system that is not the default one.
 */
final class FaultyFileSystem extends FileSystem {
  private final FileSystem real = FileSystems.getDefault();
  private final Provider provider = new Provider();
  private final boolean locks;
  private long left;

  private FaultyFileSystem(long budget, boolean locks) {
    this.left = budget;
    this.locks = locks;
  }

  /** The path {@code p} in a new wrapper that can still write {@code budget} bytes. */
  static Path wrap(Path p, long budget) {
    return new FaultyFileSystem(budget, true).new WrappedPath(p);
  }

  /** The path {@code p} in a new wrapper without file locks ({@code No locks available}). */
  static Path withoutLocks(Path p) {
    return new FaultyFileSystem(Long.MAX_VALUE, false).new WrappedPath(p);
  }

  private interface Write {
    int to(ByteBuffer b) throws IOException;
  }

  private synchronized int spend(Path path, ByteBuffer src, Write write) throws IOException {
    if (!src.hasRemaining()) {
      return write.to(src);
    }
    if (left <= 0) {
      throw new FileSystemException(path.toString(), null, "No space left on device");
    }
    ByteBuffer part = src;
    if (src.remaining() > left) {
      part = src.duplicate();
      part.limit(part.position() + (int) left);
    }
    int n = write.to(part);
    if (part != src) {
      src.position(src.position() + n);
    }
    left -= n;
    return n;
  }

  private Path unwrap(Path p) {
    if (p instanceof WrappedPath w && w.fs() == this) {
      return w.delegate;
    }
    throw new ProviderMismatchException(String.valueOf(p));
  }

  private Path wrapOrNull(Path p) {
    return p == null ? null : new WrappedPath(p);
  }

  @Override
  public FileSystemProvider provider() {
    return provider;
  }

  @Override
  public void close() {
  }

  @Override
  public boolean isOpen() {
    return true;
  }

  @Override
  public boolean isReadOnly() {
    return false;
  }

  @Override
  public String getSeparator() {
    return real.getSeparator();
  }

  @Override
  public Iterable<Path> getRootDirectories() {
    return StreamSupport.stream(real.getRootDirectories().spliterator(), false).map(this::wrapOrNull).toList();
  }

  @Override
  public Iterable<FileStore> getFileStores() {
    return real.getFileStores();
  }

  @Override
  public Set<String> supportedFileAttributeViews() {
    return real.supportedFileAttributeViews();
  }

  @Override
  public Path getPath(String first, String... more) {
    return new WrappedPath(real.getPath(first, more));
  }

  @Override
  public PathMatcher getPathMatcher(String syntaxAndPattern) {
    PathMatcher m = real.getPathMatcher(syntaxAndPattern);
    return p -> m.matches(unwrap(p));
  }

  @Override
  public UserPrincipalLookupService getUserPrincipalLookupService() {
    return real.getUserPrincipalLookupService();
  }

  @Override
  public WatchService newWatchService() {
    throw new UnsupportedOperationException();
  }

  /** A path of the wrapper: a path of the default file system underneath. */
  private final class WrappedPath implements Path {
    final Path delegate;

    WrappedPath(Path delegate) {
      this.delegate = delegate;
    }

    FaultyFileSystem fs() {
      return FaultyFileSystem.this;
    }

    @Override
    public FileSystem getFileSystem() {
      return FaultyFileSystem.this;
    }

    @Override
    public boolean isAbsolute() {
      return delegate.isAbsolute();
    }

    @Override
    public Path getRoot() {
      return wrapOrNull(delegate.getRoot());
    }

    @Override
    public Path getFileName() {
      return wrapOrNull(delegate.getFileName());
    }

    @Override
    public Path getParent() {
      return wrapOrNull(delegate.getParent());
    }

    @Override
    public int getNameCount() {
      return delegate.getNameCount();
    }

    @Override
    public Path getName(int index) {
      return new WrappedPath(delegate.getName(index));
    }

    @Override
    public Path subpath(int beginIndex, int endIndex) {
      return new WrappedPath(delegate.subpath(beginIndex, endIndex));
    }

    @Override
    public boolean startsWith(Path other) {
      return delegate.startsWith(unwrap(other));
    }

    @Override
    public boolean endsWith(Path other) {
      return delegate.endsWith(unwrap(other));
    }

    @Override
    public Path normalize() {
      return new WrappedPath(delegate.normalize());
    }

    @Override
    public Path resolve(Path other) {
      return new WrappedPath(delegate.resolve(unwrap(other)));
    }

    @Override
    public Path relativize(Path other) {
      return new WrappedPath(delegate.relativize(unwrap(other)));
    }

    @Override
    public URI toUri() {
      return URI.create("faulty://" + delegate.toUri().getRawPath());
    }

    @Override
    public Path toAbsolutePath() {
      return new WrappedPath(delegate.toAbsolutePath());
    }

    @Override
    public Path toRealPath(LinkOption... options) throws IOException {
      return new WrappedPath(delegate.toRealPath(options));
    }

    @Override
    public WatchKey register(WatchService watcher, WatchEvent.Kind<?>[] events, WatchEvent.Modifier... modifiers) {
      throw new UnsupportedOperationException();
    }

    @Override
    public int compareTo(Path other) {
      return delegate.compareTo(unwrap(other));
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof WrappedPath w && w.fs() == fs() && w.delegate.equals(delegate);
    }

    @Override
    public int hashCode() {
      return delegate.hashCode();
    }

    @Override
    public String toString() {
      return delegate.toString();
    }
  }

  /** The provider: every operation on the default file system, writes through the budget. */
  private final class Provider extends FileSystemProvider {
    @Override
    public String getScheme() {
      return "faulty";
    }

    @Override
    public FileSystem newFileSystem(URI uri, Map<String, ?> env) {
      throw new UnsupportedOperationException();
    }

    @Override
    public FileSystem getFileSystem(URI uri) {
      throw new UnsupportedOperationException();
    }

    @Override
    public Path getPath(URI uri) {
      throw new UnsupportedOperationException();
    }

    @Override
    public SeekableByteChannel newByteChannel(Path path, Set<? extends OpenOption> options, FileAttribute<?>... attrs)
        throws IOException {
      return newFileChannel(path, options, attrs);
    }

    @Override
    public FileChannel newFileChannel(Path path, Set<? extends OpenOption> options, FileAttribute<?>... attrs)
        throws IOException {
      return new CountingChannel(path, FileChannel.open(unwrap(path), options, attrs));
    }

    @Override
    public DirectoryStream<Path> newDirectoryStream(Path dir, DirectoryStream.Filter<? super Path> filter)
        throws IOException {
      DirectoryStream<Path> entries = Files.newDirectoryStream(unwrap(dir));
      return new DirectoryStream<>() {
        @Override
        public Iterator<Path> iterator() {
          return StreamSupport.stream(entries.spliterator(), false).<Path>map(WrappedPath::new).filter(p -> {
            try {
              return filter.accept(p);
            } catch (IOException e) {
              throw new java.io.UncheckedIOException(e);
            }
          }).iterator();
        }

        @Override
        public void close() throws IOException {
          entries.close();
        }
      };
    }

    @Override
    public void createDirectory(Path dir, FileAttribute<?>... attrs) throws IOException {
      Files.createDirectory(unwrap(dir), attrs);
    }

    @Override
    public void delete(Path path) throws IOException {
      Files.delete(unwrap(path));
    }

    @Override
    public void copy(Path source, Path target, CopyOption... options) throws IOException {
      List<CopyOption> opts = Arrays.asList(options);
      if (Files.exists(unwrap(target), LinkOption.NOFOLLOW_LINKS)) {
        if (!opts.contains(StandardCopyOption.REPLACE_EXISTING)) {
          throw new FileAlreadyExistsException(target.toString());
        }
        Files.delete(unwrap(target));
      }
      try (FileChannel in = newFileChannel(source, Set.of(StandardOpenOption.READ));
          FileChannel out = newFileChannel(target, Set.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE))) {
        ByteBuffer buf = ByteBuffer.allocate(8192);
        while (in.read(buf) >= 0) {
          buf.flip();
          while (buf.hasRemaining()) {
            out.write(buf);
          }
          buf.clear();
        }
      } catch (IOException e) {
        Files.deleteIfExists(unwrap(target));
        throw e;
      }
    }

    @Override
    public void move(Path source, Path target, CopyOption... options) throws IOException {
      Files.move(unwrap(source), unwrap(target), options);
    }

    @Override
    public boolean isSameFile(Path path, Path path2) throws IOException {
      return Files.isSameFile(unwrap(path), unwrap(path2));
    }

    @Override
    public boolean isHidden(Path path) throws IOException {
      return Files.isHidden(unwrap(path));
    }

    @Override
    public FileStore getFileStore(Path path) throws IOException {
      return Files.getFileStore(unwrap(path));
    }

    @Override
    public void checkAccess(Path path, AccessMode... modes) throws IOException {
      real.provider().checkAccess(unwrap(path), modes);
    }

    @Override
    public <V extends FileAttributeView> V getFileAttributeView(Path path, Class<V> type, LinkOption... options) {
      return Files.getFileAttributeView(unwrap(path), type, options);
    }

    @Override
    public <A extends BasicFileAttributes> A readAttributes(Path path, Class<A> type, LinkOption... options)
        throws IOException {
      return Files.readAttributes(unwrap(path), type, options);
    }

    @Override
    public Map<String, Object> readAttributes(Path path, String attributes, LinkOption... options) throws IOException {
      return Files.readAttributes(unwrap(path), attributes, options);
    }

    @Override
    public void setAttribute(Path path, String attribute, Object value, LinkOption... options) throws IOException {
      Files.setAttribute(unwrap(path), attribute, value, options);
    }

    @Override
    public Path readSymbolicLink(Path link) throws IOException {
      return new WrappedPath(Files.readSymbolicLink(unwrap(link)));
    }
  }

  /** A channel of the default file system whose writes spend the budget. */
  private final class CountingChannel extends FileChannel {
    private final Path path;
    private final FileChannel delegate;

    CountingChannel(Path path, FileChannel delegate) {
      this.path = path;
      this.delegate = delegate;
    }

    @Override
    public int read(ByteBuffer dst) throws IOException {
      return delegate.read(dst);
    }

    @Override
    public long read(ByteBuffer[] dsts, int offset, int length) throws IOException {
      return delegate.read(dsts, offset, length);
    }

    @Override
    public int write(ByteBuffer src) throws IOException {
      return spend(path, src, delegate::write);
    }

    @Override
    public long write(ByteBuffer[] srcs, int offset, int length) throws IOException {
      long n = 0;
      for (int i = offset; i < offset + length; i++) {
        n += write(srcs[i]);
        if (srcs[i].hasRemaining()) {
          break;
        }
      }
      return n;
    }

    @Override
    public long position() throws IOException {
      return delegate.position();
    }

    @Override
    public FileChannel position(long newPosition) throws IOException {
      delegate.position(newPosition);
      return this;
    }

    @Override
    public long size() throws IOException {
      return delegate.size();
    }

    @Override
    public FileChannel truncate(long size) throws IOException {
      delegate.truncate(size);
      return this;
    }

    @Override
    public void force(boolean metaData) throws IOException {
      delegate.force(metaData);
    }

    @Override
    public long transferTo(long position, long count, WritableByteChannel target) throws IOException {
      ByteBuffer buf = ByteBuffer.allocate((int) Math.min(8192, Math.max(1, count)));
      long done = 0;
      while (done < count) {
        buf.clear().limit((int) Math.min(buf.capacity(), count - done));
        int n = delegate.read(buf, position + done);
        if (n <= 0) {
          break;
        }
        buf.flip();
        while (buf.hasRemaining()) {
          target.write(buf);
        }
        done += n;
      }
      return done;
    }

    @Override
    public long transferFrom(ReadableByteChannel src, long position, long count) throws IOException {
      ByteBuffer buf = ByteBuffer.allocate((int) Math.min(8192, Math.max(1, count)));
      long done = 0;
      while (done < count) {
        buf.clear().limit((int) Math.min(buf.capacity(), count - done));
        int n = src.read(buf);
        if (n <= 0) {
          break;
        }
        buf.flip();
        while (buf.hasRemaining()) {
          done += write(buf, position + done);
        }
      }
      return done;
    }

    @Override
    public int read(ByteBuffer dst, long position) throws IOException {
      return delegate.read(dst, position);
    }

    @Override
    public int write(ByteBuffer src, long position) throws IOException {
      return spend(path, src, b -> delegate.write(b, position));
    }

    @Override
    public MappedByteBuffer map(MapMode mode, long position, long size) {
      throw new UnsupportedOperationException("writes through a mapping would not be counted");
    }

    @Override
    public FileLock lock(long position, long size, boolean shared) throws IOException {
      if (!locks) {
        throw new IOException("No locks available");
      }
      return delegate.lock(position, size, shared);
    }

    @Override
    public FileLock tryLock(long position, long size, boolean shared) throws IOException {
      if (!locks) {
        throw new IOException("No locks available");
      }
      return delegate.tryLock(position, size, shared);
    }

    @Override
    protected void implCloseChannel() throws IOException {
      delegate.close();
    }
  }
}
