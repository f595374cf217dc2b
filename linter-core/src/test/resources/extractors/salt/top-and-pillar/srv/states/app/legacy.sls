#!py
def run():
    return {"include": ["mongodb"]}
