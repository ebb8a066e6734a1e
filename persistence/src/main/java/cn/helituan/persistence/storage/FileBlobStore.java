package cn.helituan.persistence.storage;

import cn.helituan.domain.storage.BlobKey;
import cn.helituan.domain.storage.BlobStore;
import com.sun.nio.file.ExtendedOpenOption;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Photos as files in a directory ({@code helituan.storage.type=file}, {@code helituan.storage.file.dir}): a machine's
 * own disk, or a volume several instances mount (NFS). One file per image and per thumbnail, a thousand rows to a
 * folder ({@link #path}: a year's 3.6 million check-ins never make one folder of millions). A write goes to a
 * temporary file beside its place, is forced to the disk, then renamed over it, and the folder forced: a reader sees
 * the old file or the new one, never half of one, and a photo whose row commits is on the disk (PostgreSQL forces its
 * own write-ahead log at the commit that follows). A temporary file a crash leaves behind starts with a dot. Files are
 * written past the page cache where the file system allows it ({@link #writeDirect}).
 */
public class FileBlobStore implements BlobStore {

    /** The block every direct write's buffer, offset and length are a multiple of (4 KiB: any disk's block). */
    private static final int ALIGNMENT = 4096;
    private static final int CHUNK = 1 << 20;
    /** Aligned buffers kept for the next writes (as many as photos written at once, at most this many). */
    private static final int POOLED = 16;
    private static final Queue<ByteBuffer> CHUNKS = new ConcurrentLinkedQueue<>();

    private static final Logger log = LoggerFactory.getLogger(FileBlobStore.class);

    private final Path root;
    /** Whether files are written past the page cache (until the file system refuses it). */
    private volatile boolean direct = true;

    public FileBlobStore(Path root) {
        try {
            this.root = Files.createDirectories(root).toRealPath();
        } catch (IOException e) {
            throw new UncheckedIOException("the photo directory " + root + " cannot be made", e);
        }
    }

    /** Where a key's file is: {@code <table>/<id ÷ 1,000,000>/<id ÷ 1,000 mod 1,000>/<id>-<column>}. */
    Path path(BlobKey key) {
        return root.resolve(key.table()).resolve(Long.toString(key.id() / 1_000_000))
                .resolve(Long.toString(key.id() / 1_000 % 1_000)).resolve(key.id() + "-" + key.column());
    }

    @Override
    public void put(BlobKey key, byte[] bytes) {
        if (bytes == null) {
            remove(key);
            return;
        }
        Path target = path(key);
        try {
            Path folder = target.getParent();
            boolean made = !Files.isDirectory(folder);
            Files.createDirectories(folder);
            Path part = Files.createTempFile(folder, "." + target.getFileName(), ".part");
            try {
                if (!direct || !writeDirect(part, bytes)) {
                    try (FileChannel out = FileChannel.open(part, StandardOpenOption.WRITE,
                            StandardOpenOption.TRUNCATE_EXISTING)) {
                        ByteBuffer buffer = ByteBuffer.wrap(bytes);
                        while (buffer.hasRemaining()) {
                            out.write(buffer);
                        }
                        out.force(true);
                    }
                }
                Files.move(part, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } finally {
                Files.deleteIfExists(part);
            }
            force(folder);
            if (made) { // the folders just made: their entries in their own parents, up to the table's
                for (Path up = folder.getParent(); up != null && up.startsWith(root) && !up.equals(root);
                     up = up.getParent()) {
                    force(up);
                }
                force(root);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("the file of " + key.path() + " could not be written", e);
        }
    }

    @Override
    public byte[] get(BlobKey key) {
        try {
            return Files.readAllBytes(path(key));
        } catch (NoSuchFileException e) {
            return null;
        } catch (IOException e) {
            throw new UncheckedIOException("the file of " + key.path() + " could not be read", e);
        }
    }

    @Override
    public void remove(BlobKey key) {
        try {
            Files.deleteIfExists(path(key));
        } catch (IOException e) {
            throw new UncheckedIOException("the file of " + key.path() + " could not be removed", e);
        }
    }

    @Override
    public boolean database() {
        return false;
    }

    /**
     * Writes the file past the page cache (O_DIRECT), a chunk at a time through an aligned buffer, then cuts it to
     * its length and forces it; false, nothing written, where the file system does not take it (tmpfs), and from then
     * on every file is written through the cache. A 3 MB photo written through the cache costs about 7 ms of the
     * kernel's CPU (a new file's pages found and filled), written past it under 1 ms (docs/performance.md).
     */
    private boolean writeDirect(Path part, byte[] bytes) throws IOException {
        FileChannel out;
        try {
            out = FileChannel.open(part, StandardOpenOption.WRITE, ExtendedOpenOption.DIRECT);
        } catch (UnsupportedOperationException | IOException e) {
            direct = false;
            log.warn("photos in {} are written through the page cache from now on: {}", root, e.toString());
            return false;
        }
        ByteBuffer chunk = CHUNKS.poll();
        if (chunk == null) {
            chunk = ByteBuffer.allocateDirect(CHUNK + ALIGNMENT).alignedSlice(ALIGNMENT);
        }
        try (out) {
            for (int at = 0; at < bytes.length; at += CHUNK) {
                int length = Math.min(CHUNK, bytes.length - at);
                chunk.clear();
                chunk.put(bytes, at, length);
                while (chunk.position() % ALIGNMENT != 0) {
                    chunk.put((byte) 0); // the last block's rest, cut off below
                }
                chunk.flip();
                while (chunk.hasRemaining()) {
                    out.write(chunk);
                }
            }
            out.truncate(bytes.length);
            out.force(true);
            return true;
        } catch (IOException e) {
            // a file system that opens a file for direct writes and then refuses them (EINVAL), or a passing error:
            // this file written through the cache (which fails again if the disk does)
            log.warn("a photo in {} written through the page cache: {}", root, e.toString());
            return false;
        } finally {
            if (CHUNKS.size() < POOLED) {
                CHUNKS.offer(chunk);
            }
        }
    }

    /** Forces a folder's entries (the rename) to the disk, where the file system allows opening a folder. */
    private static void force(Path folder) {
        try (FileChannel dir = FileChannel.open(folder, StandardOpenOption.READ)) {
            dir.force(true);
        } catch (IOException e) {
            // some file systems refuse to open a folder for reading: the rename stays in their own journal
        }
    }
}
