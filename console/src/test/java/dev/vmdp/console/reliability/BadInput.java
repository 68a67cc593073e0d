package dev.vmdp.console.reliability;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;

/** The bad inputs of the suite: each makes one file (or leaves one out) in a folder. */
enum BadInput {
  MISSING("a file that does not exist"),
  FOLDER("a folder given as a file"),
  EMPTY("an empty file"),
  BINARY("64 KiB of random bytes (fixed seed)"),
  NUL_BYTES("valid content with NUL bytes inside lines"),
  INVALID_UTF8("valid content with bytes that are not UTF-8"),
  WRONG_ENCODING("valid content under .encoding = \"x-no-such-charset\""),
  LONG_LINE("valid content and one line of 1 MiB + 1 byte"),
  OVERSIZE("a 17 MiB file (sparse: refused by its size, never read)"),
  TRUNCATED("valid content cut in the middle of a line");

  /** The size of the oversize file: 1 MiB above the 16 MiB limit. */
  static final long OVERSIZE_BYTES = 17L << 20;
  /** One byte above the 1 MiB line limit. */
  static final int LONG_LINE_BYTES = (1 << 20) + 1;

  final String description;

  BadInput(String description) {
    this.description = description;
  }

  /**
   * Makes the bad file in {@code dir} from the valid content of its kind.
   *
   * @return the path to give on the command line
   */
  Path create(Path dir, String valid, String extension) throws IOException {
    Path p = dir.resolve(name().toLowerCase(java.util.Locale.ROOT) + extension);
    switch (this) {
      case MISSING -> { }
      case FOLDER -> Files.createDirectory(p);
      case EMPTY -> Files.write(p, new byte[0]);
      case BINARY -> {
        byte[] b = new byte[64 * 1024];
        new Random(42).nextBytes(b);
        Files.write(p, b);
      }
      case NUL_BYTES -> Files.write(p, insertInEveryLine(valid, new byte[] {0, 0}));
      case INVALID_UTF8 -> Files.write(p, insertInEveryLine(valid, new byte[] {(byte) 0xff, (byte) 0xc3, 0x28}));
      case WRONG_ENCODING -> Files.writeString(p, ".encoding = \"x-no-such-charset\"\n" + valid, StandardCharsets.UTF_8);
      case LONG_LINE -> {
        byte[] head = valid.getBytes(StandardCharsets.UTF_8);
        byte[] all = Arrays.copyOf(head, head.length + LONG_LINE_BYTES + 1);
        Arrays.fill(all, head.length, head.length + LONG_LINE_BYTES, (byte) 'a');
        all[all.length - 1] = '\n';
        Files.write(p, all);
      }
      case OVERSIZE -> {
        try (RandomAccessFile f = new RandomAccessFile(p.toFile(), "rw")) {
          f.setLength(OVERSIZE_BYTES);
        }
      }
      case TRUNCATED -> {
        byte[] b = valid.getBytes(StandardCharsets.UTF_8);
        int cut = b.length * 3 / 5;
        while (cut > 0 && (b[cut] == '\n' || b[cut - 1] == '\n')) {
          cut--;
        }
        Files.write(p, Arrays.copyOf(b, cut));
      }
      default -> throw new AssertionError(this);
    }
    return p;
  }

  /** The content with {@code junk} inserted after the fifth byte of every line long enough. */
  private static byte[] insertInEveryLine(String valid, byte[] junk) {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    for (String line : valid.split("\n", -1)) {
      byte[] b = line.getBytes(StandardCharsets.UTF_8);
      if (b.length > 5) {
        out.write(b, 0, 5);
        out.writeBytes(junk);
        out.write(b, 5, b.length - 5);
      } else {
        out.writeBytes(b);
      }
      out.write('\n');
    }
    byte[] all = out.toByteArray();
    return Arrays.copyOf(all, all.length - 1);
  }
}
