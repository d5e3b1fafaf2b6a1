// A tiny text adventure driven by a fixed script of commands: rooms and exits in enums
// and arrays, an inventory as a bit set, a state machine for a locked door, string
// command parsing with switch on strings, and a final score.
public class TextAdventure {
    enum Room {
        HALL("a dusty hall"), LIBRARY("a quiet library"), VAULT("a locked vault"), GARDEN("an overgrown garden"), CELLAR("a damp cellar");

        final String description;

        Room(String description) {
            this.description = description;
        }
    }

    enum Item {
        LAMP, KEY, BOOK, COIN, ROPE;

        int bit() {
            return 1 << ordinal();
        }
    }

    enum DoorState { LOCKED, UNLOCKED, OPEN }

    // exits[room][direction] with directions north, south, east, west, down, up
    static final String[] DIRS = { "north", "south", "east", "west", "down", "up" };
    static final Room[][] EXITS = new Room[Room.values().length][DIRS.length];
    static final int[] ROOM_ITEMS = new int[Room.values().length];

    static {
        link(Room.HALL, "north", Room.LIBRARY, "south");
        link(Room.HALL, "east", Room.VAULT, "west");
        link(Room.HALL, "west", Room.GARDEN, "east");
        link(Room.GARDEN, "down", Room.CELLAR, "up");
        ROOM_ITEMS[Room.HALL.ordinal()] = Item.LAMP.bit();
        ROOM_ITEMS[Room.LIBRARY.ordinal()] = Item.BOOK.bit() | Item.KEY.bit();
        ROOM_ITEMS[Room.VAULT.ordinal()] = Item.COIN.bit();
        ROOM_ITEMS[Room.CELLAR.ordinal()] = Item.ROPE.bit();
    }

    static void link(Room a, String dir, Room b, String back) {
        EXITS[a.ordinal()][dirIndex(dir)] = b;
        EXITS[b.ordinal()][dirIndex(back)] = a;
    }

    static int dirIndex(String d) {
        for (int i = 0; i < DIRS.length; i++) if (DIRS[i].equals(d)) return i;
        return -1;
    }

    Room here = Room.HALL;
    int inventory = 0;
    DoorState vaultDoor = DoorState.LOCKED;
    int moves = 0;
    int score = 0;

    String handle(String line) {
        String[] words = line.trim().toLowerCase().split("\\s+");
        String verb = words[0];
        String noun = words.length > 1 ? words[1] : "";
        moves++;
        switch (verb) {
            case "look":
                return "You are in " + here.description + "." + itemsHere() + exitsHere();
            case "go": {
                int d = dirIndex(noun);
                if (d < 0) return "Go where?";
                Room target = EXITS[here.ordinal()][d];
                if (target == null) return "You can't go " + noun + ".";
                if (target == Room.VAULT && vaultDoor != DoorState.OPEN) return "The vault door is " + vaultDoor.name().toLowerCase() + ".";
                if (target == Room.CELLAR && (inventory & Item.LAMP.bit()) == 0) return "It is too dark to go down.";
                here = target;
                return "You go " + noun + " to " + here.description + ".";
            }
            case "take": {
                Item it = parseItem(noun);
                if (it == null) return "Take what?";
                if ((ROOM_ITEMS[here.ordinal()] & it.bit()) == 0) return "There is no " + noun + " here.";
                ROOM_ITEMS[here.ordinal()] &= ~it.bit();
                inventory |= it.bit();
                score += 10;
                return "Taken: " + it.name().toLowerCase() + ".";
            }
            case "unlock":
                if (here != Room.HALL) return "Nothing to unlock here.";
                if ((inventory & Item.KEY.bit()) == 0) return "You have no key.";
                if (vaultDoor != DoorState.LOCKED) return "It is already unlocked.";
                vaultDoor = DoorState.UNLOCKED;
                return "Click. The vault door is unlocked.";
            case "open":
                if (here != Room.HALL || vaultDoor == DoorState.OPEN) return "Nothing to open.";
                if (vaultDoor == DoorState.LOCKED) return "It is locked.";
                vaultDoor = DoorState.OPEN;
                score += 25;
                return "The vault door swings open.";
            case "inventory":
            case "i":
                return "You carry:" + describeItems(inventory);
            default:
                moves--;
                return "I don't understand '" + line + "'.";
        }
    }

    static Item parseItem(String noun) {
        for (Item it : Item.values()) if (it.name().equalsIgnoreCase(noun)) return it;
        return null;
    }

    String itemsHere() {
        int items = ROOM_ITEMS[here.ordinal()];
        return items == 0 ? "" : " You see:" + describeItems(items) + ".";
    }

    String exitsHere() {
        StringBuilder sb = new StringBuilder(" Exits:");
        for (int d = 0; d < DIRS.length; d++) if (EXITS[here.ordinal()][d] != null) sb.append(' ').append(DIRS[d]);
        return sb.toString();
    }

    static String describeItems(int set) {
        if (set == 0) return " nothing";
        StringBuilder sb = new StringBuilder();
        for (Item it : Item.values()) if ((set & it.bit()) != 0) sb.append(' ').append(it.name().toLowerCase());
        return sb.toString();
    }

    public static void main(String[] args) {
        String[] script = {
            "look", "take lamp", "go east", "go north", "look", "take book", "take key", "take sword", "go south", "unlock",
            "unlock", "go east", "open", "go east", "take coin", "look", "go west", "go west", "go down", "take rope",
            "go up", "dance", "go sideways", "inventory", "go south",
        };
        TextAdventure game = new TextAdventure();
        for (String cmd : script) {
            System.out.println("> " + cmd);
            System.out.println(game.handle(cmd));
        }
        System.out.println("moves " + game.moves + " score " + game.score + " final room " + game.here + " door " + game.vaultDoor);
    }
}
