/* Test-only LD_PRELOAD shim: a journal of every write, sync, truncate, rename and unlink under
 * one folder, so a test can rebuild the files as a power cut would leave them (writes after the
 * last sync of a file may or may not have reached the disk; a rename or unlink only after the
 * folder was synced). Never shipped; built by tests/support/powercut/__init__.py with gcc.
 *
 * POWERCUT_DIR: the folder watched (absolute, no trailing slash); POWERCUT_LOG: the journal.
 * Records: "W path\toffset\tlength\n" + bytes, "S path\n" (fsync/fdatasync of a file or folder),
 * "T path\tsize\n", "R old\tnew\n", "U path\n".
 * POWERCUT_KILL_AT=N (optional): the process kills itself with SIGKILL right after its N-th
 * journalled write, so the cut lands inside a write, not between two.
 */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <fcntl.h>
#include <limits.h>
#include <pthread.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <unistd.h>

static pthread_mutex_t lock = PTHREAD_MUTEX_INITIALIZER;
static int log_fd = -2;
static char watched[PATH_MAX];
static size_t watched_len;
static long kill_at = -1, writes_seen;

static ssize_t (*real_write)(int, const void *, size_t);
static ssize_t (*real_pwrite64)(int, const void *, size_t, off_t);
static ssize_t (*real_pwrite)(int, const void *, size_t, off_t);
static int (*real_fsync)(int);
static int (*real_fdatasync)(int);
static int (*real_ftruncate)(int, off_t);
static int (*real_ftruncate64)(int, off_t);
static int (*real_rename)(const char *, const char *);
static int (*real_renameat)(int, const char *, int, const char *);
static int (*real_renameat2)(int, const char *, int, const char *, unsigned int);
static int (*real_unlink)(const char *);
static int (*real_unlinkat)(int, const char *, int);

static void setup(void) {
    if (log_fd != -2) return;
    real_write = dlsym(RTLD_NEXT, "write");
    real_pwrite64 = dlsym(RTLD_NEXT, "pwrite64");
    real_pwrite = dlsym(RTLD_NEXT, "pwrite");
    real_fsync = dlsym(RTLD_NEXT, "fsync");
    real_fdatasync = dlsym(RTLD_NEXT, "fdatasync");
    real_ftruncate = dlsym(RTLD_NEXT, "ftruncate");
    real_ftruncate64 = dlsym(RTLD_NEXT, "ftruncate64");
    real_rename = dlsym(RTLD_NEXT, "rename");
    real_renameat = dlsym(RTLD_NEXT, "renameat");
    real_renameat2 = dlsym(RTLD_NEXT, "renameat2");
    real_unlink = dlsym(RTLD_NEXT, "unlink");
    real_unlinkat = dlsym(RTLD_NEXT, "unlinkat");
    const char *dir = getenv("POWERCUT_DIR");
    const char *log = getenv("POWERCUT_LOG");
    const char *kill_after = getenv("POWERCUT_KILL_AT");
    if (kill_after) kill_at = atol(kill_after);
    log_fd = -1;
    if (!dir || !log) return;
    strncpy(watched, dir, sizeof watched - 1);
    watched_len = strlen(watched);
    log_fd = open(log, O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0600);
}

static int under_watch(const char *path) {
    return log_fd >= 0 && strncmp(path, watched, watched_len) == 0 &&
           (path[watched_len] == '/' || path[watched_len] == '\0');
}

static int fd_path(int fd, char *out) {
    char link[64];
    snprintf(link, sizeof link, "/proc/self/fd/%d", fd);
    ssize_t n = readlink(link, out, PATH_MAX - 1);
    if (n < 0) return 0;
    out[n] = '\0';
    return under_watch(out);
}

static int abs_path(int dirfd, const char *path, char *out) {
    if (path[0] == '/') {
        strncpy(out, path, PATH_MAX - 1);
        out[PATH_MAX - 1] = '\0';
    } else {
        char base[PATH_MAX];
        if (dirfd == AT_FDCWD) {
            if (!getcwd(base, sizeof base)) return 0;
        } else {
            char link[64];
            snprintf(link, sizeof link, "/proc/self/fd/%d", dirfd);
            ssize_t n = readlink(link, base, sizeof base - 1);
            if (n < 0) return 0;
            base[n] = '\0';
        }
        snprintf(out, PATH_MAX, "%s/%s", base, path);
    }
    return under_watch(out);
}

static void put(const char *text, size_t n) {
    while (n > 0) {
        ssize_t done = real_write(log_fd, text, n);
        if (done <= 0) return;
        text += done;
        n -= (size_t)done;
    }
}

static void record_write(int fd, const void *buf, ssize_t n, off_t offset) {
    char path[PATH_MAX], head[PATH_MAX + 64];
    if (n <= 0 || !fd_path(fd, path)) return;
    int len = snprintf(head, sizeof head, "W %s\t%lld\t%lld\n", path, (long long)offset, (long long)n);
    put(head, (size_t)len);
    put(buf, (size_t)n);
    if (++writes_seen == kill_at) kill(getpid(), SIGKILL);
}

static void record_line(char kind, const char *a, const char *b, long long number, int has_number) {
    char line[2 * PATH_MAX + 64];
    int len;
    if (b) len = snprintf(line, sizeof line, "%c %s\t%s\n", kind, a, b);
    else if (has_number) len = snprintf(line, sizeof line, "%c %s\t%lld\n", kind, a, number);
    else len = snprintf(line, sizeof line, "%c %s\n", kind, a);
    put(line, (size_t)len);
}

ssize_t write(int fd, const void *buf, size_t count) {
    setup();
    if (fd == log_fd || log_fd < 0) return real_write(fd, buf, count);
    pthread_mutex_lock(&lock);
    off_t at = lseek(fd, 0, SEEK_CUR);
    ssize_t n = real_write(fd, buf, count);
    if (at >= 0) record_write(fd, buf, n, at);
    pthread_mutex_unlock(&lock);
    return n;
}

static ssize_t positioned(ssize_t (*real)(int, const void *, size_t, off_t), int fd,
                          const void *buf, size_t count, off_t offset) {
    setup();
    if (log_fd < 0) return real(fd, buf, count, offset);
    pthread_mutex_lock(&lock);
    ssize_t n = real(fd, buf, count, offset);
    record_write(fd, buf, n, offset);
    pthread_mutex_unlock(&lock);
    return n;
}

ssize_t pwrite64(int fd, const void *buf, size_t count, off_t offset) {
    setup();
    return positioned(real_pwrite64, fd, buf, count, offset);
}

ssize_t pwrite(int fd, const void *buf, size_t count, off_t offset) {
    setup();
    return positioned(real_pwrite, fd, buf, count, offset);
}

static int synced(int (*real)(int), int fd) {
    setup();
    int result = real(fd);
    char path[PATH_MAX];
    if (result == 0 && log_fd >= 0 && fd_path(fd, path)) {
        pthread_mutex_lock(&lock);
        record_line('S', path, NULL, 0, 0);
        pthread_mutex_unlock(&lock);
    }
    return result;
}

int fsync(int fd) { setup(); return synced(real_fsync, fd); }
int fdatasync(int fd) { setup(); return synced(real_fdatasync, fd); }

static int truncated(int (*real)(int, off_t), int fd, off_t size) {
    setup();
    int result = real(fd, size);
    char path[PATH_MAX];
    if (result == 0 && log_fd >= 0 && fd_path(fd, path)) {
        pthread_mutex_lock(&lock);
        record_line('T', path, NULL, (long long)size, 1);
        pthread_mutex_unlock(&lock);
    }
    return result;
}

int ftruncate(int fd, off_t size) { setup(); return truncated(real_ftruncate, fd, size); }
int ftruncate64(int fd, off_t size) { setup(); return truncated(real_ftruncate64, fd, size); }

static void record_rename(int olddir, const char *old, int newdir, const char *new) {
    char a[PATH_MAX], b[PATH_MAX];
    int watched_a = abs_path(olddir, old, a), watched_b = abs_path(newdir, new, b);
    if (watched_a || watched_b) {
        pthread_mutex_lock(&lock);
        record_line('R', a, b, 0, 0);
        pthread_mutex_unlock(&lock);
    }
}

int rename(const char *old, const char *new) {
    setup();
    int result = real_rename(old, new);
    if (result == 0 && log_fd >= 0) record_rename(AT_FDCWD, old, AT_FDCWD, new);
    return result;
}

int renameat(int olddir, const char *old, int newdir, const char *new) {
    setup();
    int result = real_renameat(olddir, old, newdir, new);
    if (result == 0 && log_fd >= 0) record_rename(olddir, old, newdir, new);
    return result;
}

int renameat2(int olddir, const char *old, int newdir, const char *new, unsigned int flags) {
    setup();
    int result = real_renameat2(olddir, old, newdir, new, flags);
    if (result == 0 && log_fd >= 0) record_rename(olddir, old, newdir, new);
    return result;
}

static void record_unlink(int dirfd, const char *path) {
    char a[PATH_MAX];
    if (abs_path(dirfd, path, a)) {
        pthread_mutex_lock(&lock);
        record_line('U', a, NULL, 0, 0);
        pthread_mutex_unlock(&lock);
    }
}

int unlink(const char *path) {
    setup();
    int result = real_unlink(path);
    if (result == 0 && log_fd >= 0) record_unlink(AT_FDCWD, path);
    return result;
}

int unlinkat(int dirfd, const char *path, int flags) {
    setup();
    int result = real_unlinkat(dirfd, path, flags);
    if (result == 0 && log_fd >= 0 && !(flags & AT_REMOVEDIR)) record_unlink(dirfd, path);
    return result;
}
