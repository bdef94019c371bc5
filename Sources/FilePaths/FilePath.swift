/// Paths on this machine as the program builds them: the one rule for joining a folder and a name.
public enum FilePath {
    /// `folder` and `name` with one slash between them: "runs" + "a.gpx" is "runs/a.gpx", and so is
    /// "runs/" + "a.gpx"; "/" + "a.gpx" is "/a.gpx". `name` is taken as it is (it may hold slashes,
    /// as "runramp/log.sqlite" or a zip member's "activities/1.fit" do).
    public static func join(_ folder: String, _ name: String) -> String {
        folder.hasSuffix("/") ? folder + name : folder + "/" + name
    }
}
