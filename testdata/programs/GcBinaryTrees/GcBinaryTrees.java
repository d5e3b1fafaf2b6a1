// Binary trees at depth 18 in a 64 MB heap (the classic binary-trees allocation benchmark (many short-lived small
// objects plus one long-lived tree); the collector keeps the heap within -Xmx64m.
public class GcBinaryTrees {
    static final class TreeNode {
        final TreeNode left, right;

        TreeNode(TreeNode left, TreeNode right) {
            this.left = left;
            this.right = right;
        }

        int check() {
            return left == null ? 1 : 1 + left.check() + right.check();
        }
    }

    static TreeNode create(int depth) {
        return depth == 0 ? new TreeNode(null, null) : new TreeNode(create(depth - 1), create(depth - 1));
    }

    public static void main(String[] args) {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 10;
        int minDepth = 4;
        int maxDepth = Math.max(minDepth + 2, n);
        int stretchDepth = maxDepth + 1;
        System.out.println("stretch tree of depth " + stretchDepth + "\t check: " + create(stretchDepth).check());
        TreeNode longLived = create(maxDepth);
        for (int depth = minDepth; depth <= maxDepth; depth += 2) {
            int iterations = 1 << (maxDepth - depth + minDepth);
            int check = 0;
            for (int i = 0; i < iterations; i++) check += create(depth).check();
            System.out.println(iterations + "\t trees of depth " + depth + "\t check: " + check);
        }
        System.out.println("long lived tree of depth " + maxDepth + "\t check: " + longLived.check());
    }
}
