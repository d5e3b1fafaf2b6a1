import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Checks that a class library archive is closed: every class, field and method that its
 * classes refer to is defined inside the archive, and nothing uses invokedynamic.
 * With a second argument (NATIVES.md), also checks that every native method is documented
 * there, written as `java/lang/Object.hashCode()I`.
 * Usage: java CheckClosure.java classlib.jar [NATIVES.md]  (exit status 1 and a list when not).
 * Runs on the build machine's JDK; it is not part of the library.
 */
public class CheckClosure {
    static final class ClassInfo {
        String name;
        String superName;
        List<String> interfaces = new ArrayList<>();
        Set<String> fields = new HashSet<>();   // name + ":" + descriptor
        Set<String> methods = new HashSet<>();  // name + descriptor
        Set<String> natives = new HashSet<>();  // name + descriptor
    }

    static final class Ref {
        int tag;
        String owner;
        String name;
        String descriptor;
        String from;
    }

    static final Map<String, ClassInfo> classes = new HashMap<>();
    static final List<Ref> refs = new ArrayList<>();
    static final Map<String, Set<String>> classRefs = new HashMap<>(); // referenced -> users
    static final Set<String> problems = new TreeSet<>();

    public static void main(String[] args) throws IOException {
        try (ZipFile zip = new ZipFile(args[0])) {
            for (ZipEntry e : java.util.Collections.list(zip.entries())) {
                if (!e.getName().endsWith(".class")) {
                    continue;
                }
                try (InputStream in = zip.getInputStream(e)) {
                    parse(in.readAllBytes(), e.getName());
                }
            }
        }
        for (Map.Entry<String, Set<String>> e : classRefs.entrySet()) {
            if (!classes.containsKey(e.getKey())) {
                problems.add("missing class " + e.getKey() + " (used by " + new TreeSet<>(e.getValue()) + ")");
            }
        }
        for (Ref r : refs) {
            String owner = r.owner.startsWith("[") ? "java/lang/Object" : r.owner;
            if (!classes.containsKey(owner)) {
                continue; // reported above
            }
            boolean found = r.tag == 9 ? findField(owner, r.name + ":" + r.descriptor, new HashSet<>())
                    : findMethod(owner, r.name + r.descriptor, new HashSet<>());
            if (!found && !(r.owner.startsWith("[") && r.name.equals("clone"))) {
                problems.add("missing member " + r.owner + "." + r.name + r.descriptor + " (used by " + r.from + ")");
            }
        }
        int nativeCount = 0;
        if (args.length > 1) {
            String doc = new String(java.nio.file.Files.readAllBytes(java.nio.file.Paths.get(args[1])),
                    java.nio.charset.StandardCharsets.UTF_8);
            for (ClassInfo c : classes.values()) {
                for (String m : c.natives) {
                    nativeCount++;
                    if (!doc.contains("`" + c.name + "." + m + "`")) {
                        problems.add("native " + c.name + "." + m + " is not documented in " + args[1]);
                    }
                }
            }
        }
        if (problems.isEmpty()) {
            if (args.length > 1) {
                System.out.println("natives check: all " + nativeCount + " native methods are documented in " + args[1]);
            }
            System.out.println("closure check: " + classes.size() + " classes, all references resolve inside the archive");
            return;
        }
        System.err.println("closure check FAILED: the library refers to things it does not define:");
        for (String p : problems) {
            System.err.println("  " + p);
        }
        System.exit(1);
    }

    static boolean findField(String owner, String key, Set<String> seen) {
        if (owner == null || !seen.add(owner)) {
            return false;
        }
        ClassInfo c = classes.get(owner);
        if (c == null) {
            return false;
        }
        if (c.fields.contains(key)) {
            return true;
        }
        for (String i : c.interfaces) {
            if (findField(i, key, seen)) {
                return true;
            }
        }
        return findField(c.superName, key, seen);
    }

    static boolean findMethod(String owner, String key, Set<String> seen) {
        if (owner == null || !seen.add(owner)) {
            return false;
        }
        ClassInfo c = classes.get(owner);
        if (c == null) {
            return false;
        }
        if (c.methods.contains(key)) {
            return true;
        }
        if (findMethod(c.superName, key, seen)) {
            return true;
        }
        for (String i : c.interfaces) {
            if (findMethod(i, key, seen)) {
                return true;
            }
        }
        // Interfaces inherit Object's public methods.
        return c.superName == null ? false : findMethod("java/lang/Object", key, seen);
    }

    static void useClass(String name, String from) {
        while (name.startsWith("[")) {
            name = name.substring(1);
        }
        if (name.startsWith("L") && name.endsWith(";")) {
            name = name.substring(1, name.length() - 1);
        } else if (name.length() == 1) {
            return; // primitive element type
        }
        classRefs.computeIfAbsent(name, k -> new HashSet<>()).add(from);
    }

    static void useDescriptor(String descriptor, String from) {
        int i = 0;
        while ((i = descriptor.indexOf('L', i)) >= 0) {
            int end = descriptor.indexOf(';', i);
            useClass(descriptor.substring(i, end + 1), from);
            i = end + 1;
        }
    }

    static void parse(byte[] bytes, String entry) throws IOException {
        DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes));
        if (in.readInt() != 0xCAFEBABE) {
            problems.add(entry + ": not a class file");
            return;
        }
        in.readUnsignedShort();
        in.readUnsignedShort();
        int count = in.readUnsignedShort();
        int[] tags = new int[count];
        Object[] values = new Object[count];
        for (int i = 1; i < count; i++) {
            int tag = in.readUnsignedByte();
            tags[i] = tag;
            switch (tag) {
                case 1: values[i] = in.readUTF(); break;
                case 3: case 4: in.readInt(); break;
                case 5: case 6: in.readLong(); i++; break;
                case 7: case 8: case 16: case 19: case 20: values[i] = in.readUnsignedShort(); break;
                case 9: case 10: case 11: case 12: case 17: case 18:
                    values[i] = new int[] { in.readUnsignedShort(), in.readUnsignedShort() };
                    break;
                case 15: in.readUnsignedByte(); in.readUnsignedShort(); break;
                default: throw new IOException(entry + ": bad constant pool tag " + tag);
            }
        }
        ClassInfo info = new ClassInfo();
        in.readUnsignedShort();
        info.name = utf(values, (Integer) values[in.readUnsignedShort()]);
        int superIndex = in.readUnsignedShort();
        info.superName = superIndex == 0 ? null : utf(values, (Integer) values[superIndex]);
        int ifaces = in.readUnsignedShort();
        for (int i = 0; i < ifaces; i++) {
            info.interfaces.add(utf(values, (Integer) values[in.readUnsignedShort()]));
        }
        String from = info.name;
        for (int kind = 0; kind < 2; kind++) {
            int n = in.readUnsignedShort();
            for (int i = 0; i < n; i++) {
                int access = in.readUnsignedShort();
                String name = (String) values[in.readUnsignedShort()];
                String desc = (String) values[in.readUnsignedShort()];
                useDescriptor(desc, from);
                if (kind == 0) {
                    info.fields.add(name + ":" + desc);
                } else {
                    info.methods.add(name + desc);
                    if ((access & 0x0100) != 0) {
                        info.natives.add(name + desc);
                    }
                }
                skipAttributes(in);
            }
        }
        classes.put(info.name, info);
        for (int i = 1; i < count; i++) {
            switch (tags[i]) {
                case 7:
                    useClass(utf(values, (Integer) values[i]), from);
                    break;
                case 9: case 10: case 11: {
                    int[] ref = (int[]) values[i];
                    int[] nat = (int[]) values[ref[1]];
                    Ref r = new Ref();
                    r.tag = tags[i];
                    r.owner = utf(values, (Integer) values[ref[0]]);
                    r.name = (String) values[nat[0]];
                    r.descriptor = (String) values[nat[1]];
                    r.from = from;
                    useDescriptor(r.descriptor, from);
                    refs.add(r);
                    break;
                }
                case 16:
                    useDescriptor((String) values[(Integer) values[i]], from);
                    break;
                case 15: case 17: case 18:
                    problems.add(from + ": uses invokedynamic / method handles (constant pool tag " + tags[i] + ")");
                    break;
                default:
                    break;
            }
        }
    }

    static String utf(Object[] values, int index) {
        return (String) values[index];
    }

    static void skipAttributes(DataInputStream in) throws IOException {
        int n = in.readUnsignedShort();
        for (int i = 0; i < n; i++) {
            in.readUnsignedShort();
            int len = in.readInt();
            in.skipBytes(len);
        }
    }
}
