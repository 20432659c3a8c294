package cn.gov.baoji.credit.support;

import io.zonky.test.db.postgres.embedded.DefaultPostgresBinaryResolver;
import io.zonky.test.db.postgres.embedded.PgBinaryResolver;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.tukaani.xz.LZMA2Options;
import org.tukaani.xz.XZInputStream;
import org.tukaani.xz.XZOutputStream;

/**
 * Lets root start PostgreSQL where user namespaces are unavailable. The real binaries are unpacked
 * once into a world-readable directory; zonky is given, through this resolver, an archive holding
 * only {@code bin/initdb}, {@code bin/pg_ctl} and {@code bin/postgres} shell wrappers that re-exec
 * the real programs as an unprivileged account with {@code setpriv} (or {@code runuser}). The real
 * {@code initdb} and {@code pg_ctl} start their sibling {@code postgres}, which thus inherits the
 * unprivileged account. Only used by {@link EmbeddedPostgres17}.
 */
final class UnprivilegedPgBinaryResolver implements PgBinaryResolver {

    private static final String DEFAULT_ACCOUNT = "nobody";
    private static final List<String> WRAPPED = List.of("initdb", "pg_ctl", "postgres");
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rwx------");

    /** An account in the passwd database (PostgreSQL looks its user up by uid). */
    record Account(String name, int uid, int gid) {
        @Override
        public String toString() {
            return name + " (uid " + uid + ", gid " + gid + ")";
        }
    }

    private final Account account;
    private final byte[] wrapperArchive;

    private UnprivilegedPgBinaryResolver(Account account, byte[] wrapperArchive) {
        this.account = account;
        this.wrapperArchive = wrapperArchive;
    }

    Account account() {
        return account;
    }

    static UnprivilegedPgBinaryResolver prepare(Path workingDirectory) throws IOException {
        Account account = lookUpAccount(System.getProperty(
                EmbeddedPostgres17.UNPRIVILEGED_USER_PROPERTY, DEFAULT_ACCOUNT));
        List<String> dropPrivileges = dropPrivilegesCommand(account);
        checkSearchable(workingDirectory, account);
        Path realBinaries = unpackRealBinaries(workingDirectory);
        checkRunsAs(account, dropPrivileges, realBinaries);
        return new UnprivilegedPgBinaryResolver(account, wrapperArchive(dropPrivileges, realBinaries));
    }

    /** Gives a new, empty data directory to the account, as initdb and postgres insist on owning it. */
    void handOver(Path dataDirectory) throws IOException {
        Files.setPosixFilePermissions(dataDirectory, OWNER_ONLY);
        Files.setAttribute(dataDirectory, "unix:gid", account.gid(), LinkOption.NOFOLLOW_LINKS);
        Files.setAttribute(dataDirectory, "unix:uid", account.uid(), LinkOption.NOFOLLOW_LINKS);
    }

    @Override
    public InputStream getPgBinary(String system, String machineHardware) {
        return new ByteArrayInputStream(wrapperArchive);
    }

    private static Account lookUpAccount(String name) {
        String hint = " PostgreSQL refuses to run as root, and this root JVM cannot use user namespaces"
                + " (unshare -U), so it has to run PostgreSQL as an unprivileged account in the passwd"
                + " database: add the account '" + name + "' (for nobody, the passwd line is nobody:x:65534:65534:nobody:"
                + "/nonexistent:/usr/sbin/nologin), name another one with -D" + EmbeddedPostgres17.UNPRIVILEGED_USER_PROPERTY
                + "=<user>, or run the build as a non-root user.";
        ProcessResult uid = run(List.of("id", "-u", name));
        ProcessResult gid = run(List.of("id", "-g", name));
        if (uid.exitCode() != 0 || gid.exitCode() != 0) {
            throw new IllegalStateException("Account '" + name + "' not found (" + uid.output().strip() + ")." + hint);
        }
        Account account = new Account(name, Integer.parseInt(uid.output().strip()),
                Integer.parseInt(gid.output().strip()));
        if (account.uid() == 0) {
            throw new IllegalStateException("Account " + account + " is root." + hint);
        }
        return account;
    }

    private static List<String> dropPrivilegesCommand(Account account) {
        String setpriv = findExecutable("setpriv");
        if (setpriv != null) {
            return List.of(setpriv, "--reuid=" + account.uid(), "--regid=" + account.gid(), "--clear-groups", "--");
        }
        String runuser = findExecutable("runuser");
        if (runuser != null) {
            return List.of(runuser, "-u", account.name(), "--");
        }
        throw new IllegalStateException("Neither setpriv nor runuser (util-linux) was found, so this root JVM"
                + " cannot run PostgreSQL as " + account + "; install util-linux or run the build as a non-root user.");
    }

    private static String findExecutable(String name) {
        List<String> directories = new ArrayList<>(List.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)));
        directories.addAll(List.of("/usr/bin", "/bin", "/usr/sbin", "/sbin"));
        for (String directory : directories) {
            if (!directory.isEmpty()) {
                Path candidate = Path.of(directory, name);
                if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                    return candidate.toAbsolutePath().toString();
                }
            }
        }
        return null;
    }

    /**
     * Unpacks the zonky binaries for this machine once into {@code PG-<md5>-unprivileged}, readable by
     * everyone. Parallel JVMs each unpack into a temporary directory and rename it into place; the
     * first rename wins, so the directory, once it exists, is always complete.
     */
    private static Path unpackRealBinaries(Path workingDirectory) throws IOException {
        String arch = System.getProperty("os.arch");
        byte[] archive;
        try (InputStream in = DefaultPostgresBinaryResolver.INSTANCE.getPgBinary("Linux",
                "amd64".equals(arch) ? "x86_64" : arch)) {
            archive = in.readAllBytes();
        }
        Path target = workingDirectory.resolve("PG-" + md5(archive) + "-unprivileged");
        if (Files.isExecutable(target.resolve("bin/postgres"))) {
            return target;
        }
        Path temporary = Files.createTempDirectory(workingDirectory, target.getFileName() + ".tmp");
        try {
            untar(archive, temporary);
            Files.setPosixFilePermissions(temporary, PosixFilePermissions.fromString("rwxr-xr-x"));
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (FileSystemException e) {
            if (!Files.isExecutable(target.resolve("bin/postgres"))) {
                throw e;
            } // else another JVM was quicker
        } finally {
            deleteRecursively(temporary);
        }
        return target;
    }

    private static void untar(byte[] txz, Path directory) throws IOException {
        try (TarArchiveInputStream tar = new TarArchiveInputStream(new XZInputStream(new ByteArrayInputStream(txz)))) {
            TarArchiveEntry entry;
            while ((entry = tar.getNextEntry()) != null) {
                Path path = directory.resolve(entry.getName()).normalize();
                if (!path.startsWith(directory)) {
                    throw new IOException("Archive entry outside the target directory: " + entry.getName());
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(path);
                    Files.setPosixFilePermissions(path, PosixFilePermissions.fromString("rwxr-xr-x"));
                } else if (entry.isSymbolicLink()) {
                    Files.createDirectories(path.getParent());
                    Files.createSymbolicLink(path, Path.of(entry.getLinkName()));
                } else if (entry.isFile()) {
                    Files.createDirectories(path.getParent());
                    Files.copy(tar, path);
                    // readable (and, if executable at all, executable) by everyone, whatever the umask
                    boolean executable = (entry.getMode() & 0111) != 0;
                    Files.setPosixFilePermissions(path, PosixFilePermissions.fromString(executable ? "rwxr-xr-x" : "rw-r--r--"));
                } else {
                    throw new IOException("Unsupported archive entry " + entry.getName());
                }
            }
        }
    }

    /** The account must reach binaries and data directory; /home/someone or /root is no place for them. */
    private static void checkSearchable(Path workingDirectory, Account account) throws IOException {
        for (Path directory = workingDirectory.getParent(); directory != null; directory = directory.getParent()) {
            PosixFileAttributes attributes = Files.readAttributes(directory, PosixFileAttributes.class);
            if (!attributes.permissions().contains(PosixFilePermission.OTHERS_EXECUTE)) {
                throw new IllegalStateException("PostgreSQL has to run as " + account + ", which cannot enter "
                        + directory + " (" + PosixFilePermissions.toString(attributes.permissions())
                        + "), a parent of the working directory " + workingDirectory
                        + "; point -Dot.epg.working-dir (or -Djava.io.tmpdir) somewhere else, such as /tmp/embedded-pg.");
            }
        }
    }

    /** Fails early, with a useful message, if the account cannot run the unpacked binaries. */
    private static void checkRunsAs(Account account, List<String> dropPrivileges, Path realBinaries) {
        List<String> command = new ArrayList<>(dropPrivileges);
        command.add(realBinaries.resolve("bin/postgres").toString());
        command.add("--version");
        ProcessResult result = run(command);
        if (result.exitCode() != 0 || !result.output().contains("PostgreSQL")) {
            throw new IllegalStateException("Cannot run PostgreSQL as " + account + ": " + String.join(" ", command)
                    + " exited with " + result.exitCode() + ": " + result.output().strip()
                    + ". Every directory above " + realBinaries + " must be searchable by that account"
                    + " (set -Dot.epg.working-dir to move it).");
        }
    }

    private static byte[] wrapperArchive(List<String> dropPrivileges, Path realBinaries) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (TarArchiveOutputStream tar = new TarArchiveOutputStream(new XZOutputStream(bytes, new LZMA2Options(1)))) {
            for (String program : WRAPPED) {
                byte[] script = wrapperScript(dropPrivileges, realBinaries.resolve("bin").resolve(program))
                        .getBytes(StandardCharsets.UTF_8);
                TarArchiveEntry entry = new TarArchiveEntry("bin/" + program);
                entry.setMode(0755);
                entry.setSize(script.length);
                entry.setModTime(0); // the same configuration gives the same archive, hence the same zonky directory
                tar.putArchiveEntry(entry);
                tar.write(script);
                tar.closeArchiveEntry();
            }
        }
        return bytes.toByteArray();
    }

    private static String wrapperScript(List<String> dropPrivileges, Path program) {
        String real = shellQuote(program.toString());
        String drop = String.join(" ", dropPrivileges.stream().map(UnprivilegedPgBinaryResolver::shellQuote).toList());
        return "#!/bin/sh\n"
                + "# Written by " + EmbeddedPostgres17.class.getName() + ": PostgreSQL refuses to run as\n"
                + "# root, so run the real program as an unprivileged account instead.\n"
                + "cd / || exit 1\n"
                + "if [ \"$(id -u)\" -eq 0 ]; then\n"
                + "  exec " + drop + " " + real + " \"$@\"\n"
                + "fi\n"
                + "exec " + real + " \"$@\"\n";
    }

    private static String shellQuote(String word) {
        return "'" + word.replace("'", "'\\''") + "'";
    }

    private record ProcessResult(int exitCode, String output) {}

    private static ProcessResult run(List<String> command) {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            process.getOutputStream().close();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return new ProcessResult(-1, output + " (timed out)");
            }
            return new ProcessResult(process.exitValue(), output);
        } catch (IOException e) {
            return new ProcessResult(-1, e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new ProcessResult(-1, e.toString());
        }
    }

    private static String md5(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void deleteRecursively(Path directory) throws IOException {
        if (!Files.exists(directory, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
